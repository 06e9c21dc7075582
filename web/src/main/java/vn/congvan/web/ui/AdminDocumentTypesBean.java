package vn.congvan.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import vn.congvan.application.admin.AdminViews;
import vn.congvan.application.admin.DocumentTypeAdminService;
import vn.congvan.application.admin.DocumentTypeCommand;
import vn.congvan.application.common.ApplicationProblemException;

import java.io.Serializable;
import java.util.List;

/** "Quản trị › Loại văn bản": names and use of the ND30 types, and the agency's own types. */
@Named
@ViewScoped
public class AdminDocumentTypesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private DocumentTypeAdminService documentTypes;

    private List<AdminViews.DocumentTypeAdminView> types;
    private boolean editing;
    private Long editId;
    private boolean prescribed;
    private String abbreviation;
    private String nameVi;
    private String nameEn;

    @PostConstruct
    void init() {
        types = documentTypes.list();
    }

    public void startNew() {
        editing = true;
        editId = null;
        prescribed = false;
        abbreviation = null;
        nameVi = null;
        nameEn = null;
    }

    public void startEdit(AdminViews.DocumentTypeAdminView t) {
        editing = true;
        editId = t.id();
        prescribed = t.prescribed();
        abbreviation = t.abbreviation();
        nameVi = t.nameVi();
        nameEn = t.nameEn();
    }

    public void cancel() {
        editing = false;
    }

    public void save() {
        try {
            DocumentTypeCommand c = new DocumentTypeCommand(abbreviation, nameVi, nameEn);
            AdminViews.DocumentTypeAdminView t = editId == null ? documentTypes.create(c) : documentTypes.update(editId, c);
            Ui.info(Ui.text(editId == null ? "admin.documentType.created" : "admin.saved", t.nameVi()));
            editing = false;
            types = documentTypes.list();
        } catch (ApplicationProblemException e) {
            Ui.show(e, "edit");
        }
    }

    public void setActive(AdminViews.DocumentTypeAdminView t, boolean active) {
        try {
            documentTypes.setActive(t.id(), active);
            Ui.info(Ui.text(active ? "admin.reactivated" : "admin.deactivated", t.nameVi()));
        } catch (ApplicationProblemException e) {
            Ui.show(e, "list");
        }
        types = documentTypes.list();
    }

    public List<AdminViews.DocumentTypeAdminView> getTypes() { return types; }
    public boolean isEditing() { return editing; }
    public boolean isNew() { return editId == null; }
    public boolean isPrescribed() { return prescribed; }
    public String getAbbreviation() { return abbreviation; }
    public void setAbbreviation(String abbreviation) { this.abbreviation = abbreviation; }
    public String getNameVi() { return nameVi; }
    public void setNameVi(String nameVi) { this.nameVi = nameVi; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
}
