package vn.congvan.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;
import vn.congvan.application.catalogue.CatalogueService;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.common.FieldError;
import vn.congvan.application.common.Messages;
import vn.congvan.application.common.Problem;
import vn.congvan.application.common.Settings;
import vn.congvan.application.common.VietnamTime;
import vn.congvan.application.outgoing.NotationPreview;
import vn.congvan.application.outgoing.OutgoingService;
import vn.congvan.application.outgoing.OutgoingView;
import vn.congvan.application.outgoing.RegisterOutgoingCommand;
import vn.congvan.application.register.RegisterService;
import vn.congvan.application.register.RegisterView;
import vn.congvan.domain.model.attachment.ContentStore;
import vn.congvan.domain.model.attachment.ContentTooLargeException;
import vn.congvan.domain.model.register.RegisterKind;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The "register / issue an outgoing document" form (vào sổ văn bản đi), with a preview of the notation. */
@Named
@ViewScoped
public class OutgoingFormBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private OutgoingService outgoing;
    @EJB
    private RegisterService registers;
    @EJB
    private CatalogueService catalogue;
    @Inject
    private ContentStore contentStore;
    @Inject
    private Settings settings;

    private List<RegisterView> registerList;
    private List<CatalogueService.DocumentTypeView> documentTypes;
    private List<CatalogueService.DepartmentView> departments;

    private Long registerId;
    private String documentType = "CV";
    private LocalDate issuedDate;
    private String subject;
    private String language = "vi";
    private Integer pageAmount;
    private String signerPosition;
    private String signerFullName;
    private List<Long> internalRecipients = new ArrayList<>();
    private String externalRecipients;
    private int priority;
    private String secrecy = "NONE";
    private Integer issuedAmount;
    private LocalDate dueDate;
    private String description;
    private Long draftingDepartmentId;
    private String archiveHolder;
    private transient UploadedFile file;
    private String preview;

    @PostConstruct
    void init() {
        registerList = registers.list(RegisterKind.OUTGOING, null).stream().filter(r -> !r.closed()).toList();
        // the year's general register first (CHUNG), else the first one open
        registerId = registerList.stream().filter(r -> r.code().equals("CHUNG")).map(RegisterView::id).findFirst()
                .orElse(registerList.isEmpty() ? null : registerList.get(0).id());
        documentTypes = catalogue.documentTypes();
        departments = catalogue.departments();
        issuedDate = VietnamTime.today();
        updatePreview();
    }

    /** Shows the "số, ký hiệu" the document would get now (the number is taken only on registration). */
    public void updatePreview() {
        if (registerId == null) {
            preview = "";
            return;
        }
        try {
            NotationPreview p = outgoing.preview(registerId, documentType, draftingDepartmentId);
            preview = p.numberAndNotation();
        } catch (ApplicationProblemException e) {
            preview = e.fieldErrors().isEmpty() ? Messages.get(Ui.locale(), e.messageKey(), e.args().toArray())
                    : Messages.get(Ui.locale(), e.fieldErrors().get(0).messageKey(), e.fieldErrors().get(0).args().toArray());
        }
    }

    public String submit() {
        List<vn.congvan.application.registration.UploadedFile> files = new ArrayList<>();
        try {
            if (file != null && file.getSize() > 0) {
                try (InputStream in = file.getInputStream()) {
                    ContentStore.StagedFile staged = contentStore.stage(in, settings.maxUploadBytes());
                    files.add(new vn.congvan.application.registration.UploadedFile(file.getFileName(),
                            file.getContentType(), staged));
                }
            }
            List<RegisterOutgoingCommand.RecipientInput> recipients = new ArrayList<>();
            for (Long dep : internalRecipients) {
                recipients.add(new RegisterOutgoingCommand.RecipientInput(dep, null, null));
            }
            if (externalRecipients != null) {
                for (String line : externalRecipients.split("\\R")) {
                    if (!line.isBlank()) {
                        recipients.add(new RegisterOutgoingCommand.RecipientInput(null, line.strip(), null));
                    }
                }
            }
            OutgoingView v = outgoing.register(new RegisterOutgoingCommand(registerId, documentType, issuedDate, subject,
                    language, pageAmount, signerPosition, signerFullName, recipients, priority, secrecy, issuedAmount,
                    dueDate, description, draftingDepartmentId, archiveHolder), files);
            Ui.info(Ui.text("outgoing.form.registered", v.numberAndNotation()));
            return "/app/outgoing/view.xhtml?faces-redirect=true&id=" + v.id();
        } catch (ContentTooLargeException e) {
            Ui.show(new ApplicationProblemException(Problem.PAYLOAD_TOO_LARGE, "error.payloadTooLarge",
                    List.of(FieldError.of("file", "error.payloadTooLarge", getMaxUploadMb())), getMaxUploadMb()), "form");
            return null;
        } catch (ApplicationProblemException e) {
            Ui.show(e, "form");
            updatePreview();
            return null;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            files.forEach(f -> f.staged().close());
        }
    }

    public String getMaxUploadMb() {
        return String.format(java.util.Locale.ROOT, "%.0f", settings.maxUploadBytes() / 1024.0 / 1024.0);
    }

    public List<RegisterView> getRegisterList() { return registerList; }
    public List<CatalogueService.DocumentTypeView> getDocumentTypes() { return documentTypes; }
    public List<CatalogueService.DepartmentView> getDepartments() { return departments; }
    public String getPreview() { return preview; }
    public Long getRegisterId() { return registerId; }
    public void setRegisterId(Long v) { registerId = v; }
    public String getDocumentType() { return documentType; }
    public void setDocumentType(String v) { documentType = v; }
    public LocalDate getIssuedDate() { return issuedDate; }
    public void setIssuedDate(LocalDate v) { issuedDate = v; }
    public String getSubject() { return subject; }
    public void setSubject(String v) { subject = v; }
    public String getLanguage() { return language; }
    public void setLanguage(String v) { language = v; }
    public Integer getPageAmount() { return pageAmount; }
    public void setPageAmount(Integer v) { pageAmount = v; }
    public String getSignerPosition() { return signerPosition; }
    public void setSignerPosition(String v) { signerPosition = v; }
    public String getSignerFullName() { return signerFullName; }
    public void setSignerFullName(String v) { signerFullName = v; }
    public List<Long> getInternalRecipients() { return internalRecipients; }
    public void setInternalRecipients(List<Long> v) { internalRecipients = v == null ? new ArrayList<>() : v; }
    public String getExternalRecipients() { return externalRecipients; }
    public void setExternalRecipients(String v) { externalRecipients = v; }
    public int getPriority() { return priority; }
    public void setPriority(int v) { priority = v; }
    public String getSecrecy() { return secrecy; }
    public void setSecrecy(String v) { secrecy = v; }
    public Integer getIssuedAmount() { return issuedAmount; }
    public void setIssuedAmount(Integer v) { issuedAmount = v; }
    public LocalDate getDueDate() { return dueDate; }
    public void setDueDate(LocalDate v) { dueDate = v; }
    public String getDescription() { return description; }
    public void setDescription(String v) { description = v; }
    public Long getDraftingDepartmentId() { return draftingDepartmentId; }
    public void setDraftingDepartmentId(Long v) { draftingDepartmentId = v; }
    public String getArchiveHolder() { return archiveHolder; }
    public void setArchiveHolder(String v) { archiveHolder = v; }
    public UploadedFile getFile() { return file; }
    public void setFile(UploadedFile v) { file = v; }
}
