package vn.congvan.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import vn.congvan.application.catalogue.CatalogueService;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.drafting.DraftCommands;
import vn.congvan.application.drafting.DraftView;
import vn.congvan.application.drafting.DraftingService;
import vn.congvan.application.outgoing.RegisterOutgoingCommand;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** A new draft (soạn dự thảo): what it is and to whom; the files come on its page. */
@Named
@ViewScoped
public class DraftFormBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private DraftingService drafting;
    @EJB
    private CatalogueService catalogue;

    private List<CatalogueService.DocumentTypeView> documentTypes;
    private List<CatalogueService.DepartmentView> departments;
    private String documentType = "CV";
    private String subject;
    private Long draftingDepartmentId;
    private List<Long> internalRecipients = new ArrayList<>();
    private String externalRecipients;
    private int priority;
    private String secrecy = "NONE";

    @PostConstruct
    void init() {
        documentTypes = catalogue.documentTypes();
        departments = catalogue.departments();
    }

    /** External recipients, one a line: "Sở Tài chính tỉnh Mẫu | 000.00.00.H41" (the code is optional). */
    static List<RegisterOutgoingCommand.RecipientInput> recipients(List<Long> internal, String external) {
        List<RegisterOutgoingCommand.RecipientInput> out = new ArrayList<>();
        for (Long dep : internal) {
            out.add(new RegisterOutgoingCommand.RecipientInput(dep, null, null));
        }
        if (external != null) {
            for (String line : external.split("\\R")) {
                if (!line.isBlank()) {
                    String[] parts = line.split("\\|", 2);
                    out.add(new RegisterOutgoingCommand.RecipientInput(null, parts[0].strip(),
                            parts.length > 1 && !parts[1].isBlank() ? parts[1].strip() : null));
                }
            }
        }
        return out;
    }

    public String create() {
        try {
            DraftView d = drafting.create(new DraftCommands.Describe(documentType, subject, draftingDepartmentId,
                    recipients(internalRecipients, externalRecipients), priority, secrecy));
            Ui.info(Ui.text("draft.created"));
            return "/app/drafts/view.xhtml?faces-redirect=true&id=" + d.id();
        } catch (ApplicationProblemException e) {
            Ui.show(e, "form");
            return null;
        }
    }

    public List<CatalogueService.DocumentTypeView> getDocumentTypes() { return documentTypes; }
    public List<CatalogueService.DepartmentView> getDepartments() { return departments; }
    public String getDocumentType() { return documentType; }
    public void setDocumentType(String v) { documentType = v; }
    public String getSubject() { return subject; }
    public void setSubject(String v) { subject = v; }
    public Long getDraftingDepartmentId() { return draftingDepartmentId; }
    public void setDraftingDepartmentId(Long v) { draftingDepartmentId = v; }
    public List<Long> getInternalRecipients() { return internalRecipients; }
    public void setInternalRecipients(List<Long> v) { internalRecipients = v == null ? new ArrayList<>() : v; }
    public String getExternalRecipients() { return externalRecipients; }
    public void setExternalRecipients(String v) { externalRecipients = v; }
    public int getPriority() { return priority; }
    public void setPriority(int v) { priority = v; }
    public String getSecrecy() { return secrecy; }
    public void setSecrecy(String v) { secrecy = v; }
}
