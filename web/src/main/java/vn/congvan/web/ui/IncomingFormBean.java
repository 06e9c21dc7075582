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
import vn.congvan.application.common.Problem;
import vn.congvan.application.common.Settings;
import vn.congvan.application.common.VietnamTime;
import vn.congvan.application.register.RegisterService;
import vn.congvan.application.register.RegisterView;
import vn.congvan.application.registration.IncomingRegistrationService;
import vn.congvan.application.registration.IncomingView;
import vn.congvan.application.registration.RegisterIncomingCommand;
import vn.congvan.domain.model.attachment.ContentStore;
import vn.congvan.domain.model.attachment.ContentTooLargeException;
import vn.congvan.domain.model.register.RegisterKind;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The "register an incoming document" form. */
@Named
@ViewScoped
public class IncomingFormBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private IncomingRegistrationService registration;
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
    private String organName;
    private String organId;
    private String codeNumber;
    private String codeNotation;
    private String documentType = "CV";
    private LocalDate issuedDate;
    private String subject;
    private String signerFullName;
    private String signerPosition;
    private Integer pageAmount;
    private int priority;
    private LocalDate dueDate;
    private Long recipientDepartmentId;
    private String receiveMethod = "UPLOAD";
    private String description;
    private String language = "vi";
    private String toPlaces;
    private String secrecy = "NONE";
    private transient UploadedFile file;

    @PostConstruct
    void init() {
        registerList = registers.list(RegisterKind.INCOMING, null).stream().filter(r -> !r.closed()).toList();
        if (!registerList.isEmpty()) {
            registerId = registerList.get(0).id();
        }
        documentTypes = catalogue.documentTypes();
        departments = catalogue.departments();
        issuedDate = VietnamTime.today();
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
            IncomingView v = registration.register(new RegisterIncomingCommand(registerId, organName, organId,
                    codeNumber, codeNotation, documentType, issuedDate, subject, signerFullName, signerPosition,
                    pageAmount, priority, secrecy, dueDate, recipientDepartmentId, receiveMethod, description,
                    language, toPlaces), files);
            Ui.info(Ui.text("form.registered", String.valueOf(v.arrivalNumber())));
            for (IncomingView.DuplicateOf dup : v.duplicates()) {
                Ui.warn(Ui.text("form.duplicate", String.valueOf(dup.arrivalNumber()), String.valueOf(dup.registerYear())));
            }
            return "/app/incoming/view.xhtml?faces-redirect=true&id=" + v.id();
        } catch (ContentTooLargeException e) {
            Ui.show(new ApplicationProblemException(Problem.PAYLOAD_TOO_LARGE, "error.payloadTooLarge",
                    List.of(FieldError.of("file", "error.payloadTooLarge", getMaxUploadMb())), getMaxUploadMb()), "form");
            return null;
        } catch (ApplicationProblemException e) {
            Ui.show(e, "form");
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

    public long getMaxUploadBytes() {
        return settings.maxUploadBytes();
    }

    public List<RegisterView> getRegisterList() { return registerList; }
    public List<CatalogueService.DocumentTypeView> getDocumentTypes() { return documentTypes; }
    public List<CatalogueService.DepartmentView> getDepartments() { return departments; }
    public Long getRegisterId() { return registerId; }
    public void setRegisterId(Long v) { registerId = v; }
    public String getOrganName() { return organName; }
    public void setOrganName(String v) { organName = v; }
    public String getOrganId() { return organId; }
    public void setOrganId(String v) { organId = v; }
    public String getCodeNumber() { return codeNumber; }
    public void setCodeNumber(String v) { codeNumber = v; }
    public String getCodeNotation() { return codeNotation; }
    public void setCodeNotation(String v) { codeNotation = v; }
    public String getDocumentType() { return documentType; }
    public void setDocumentType(String v) { documentType = v; }
    public LocalDate getIssuedDate() { return issuedDate; }
    public void setIssuedDate(LocalDate v) { issuedDate = v; }
    public String getSubject() { return subject; }
    public void setSubject(String v) { subject = v; }
    public String getSignerFullName() { return signerFullName; }
    public void setSignerFullName(String v) { signerFullName = v; }
    public String getSignerPosition() { return signerPosition; }
    public void setSignerPosition(String v) { signerPosition = v; }
    public Integer getPageAmount() { return pageAmount; }
    public void setPageAmount(Integer v) { pageAmount = v; }
    public int getPriority() { return priority; }
    public void setPriority(int v) { priority = v; }
    public LocalDate getDueDate() { return dueDate; }
    public void setDueDate(LocalDate v) { dueDate = v; }
    public Long getRecipientDepartmentId() { return recipientDepartmentId; }
    public void setRecipientDepartmentId(Long v) { recipientDepartmentId = v; }
    public String getReceiveMethod() { return receiveMethod; }
    public void setReceiveMethod(String v) { receiveMethod = v; }
    public String getDescription() { return description; }
    public void setDescription(String v) { description = v; }
    public String getLanguage() { return language; }
    public void setLanguage(String v) { language = v; }
    public String getToPlaces() { return toPlaces; }
    public void setToPlaces(String v) { toPlaces = v; }
    /** Whether the clerk may number into an open secret register (then the form asks for the secrecy level). */
    public boolean isSecretRegisterOpen() {
        return registerList.stream().anyMatch(r -> "SECRET".equals(r.series()));
    }
    public String getSecrecy() { return secrecy; }
    public void setSecrecy(String v) { secrecy = v; }
    public UploadedFile getFile() { return file; }
    public void setFile(UploadedFile v) { file = v; }
}
