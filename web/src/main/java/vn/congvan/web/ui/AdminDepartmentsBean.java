package vn.congvan.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import vn.congvan.application.admin.AdminViews;
import vn.congvan.application.admin.DepartmentCommand;
import vn.congvan.application.admin.OrganisationService;
import vn.congvan.application.common.ApplicationProblemException;

import java.io.Serializable;
import java.util.List;

/** "Quản trị › Phòng ban": list, add, rename or recode, deactivate and reactivate departments. */
@Named
@ViewScoped
public class AdminDepartmentsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private OrganisationService organisation;

    private List<AdminViews.DepartmentView> departments;
    private boolean editing;
    private Long editId;
    private String code;
    private String abbreviation;
    private String name;

    @PostConstruct
    void init() {
        load();
    }

    private void load() {
        departments = organisation.departments();
    }

    public void startNew() {
        editing = true;
        editId = null;
        code = null;
        abbreviation = null;
        name = null;
    }

    public void startEdit(AdminViews.DepartmentView d) {
        editing = true;
        editId = d.id();
        code = d.code();
        abbreviation = d.abbreviation();
        name = d.name();
    }

    public void cancel() {
        editing = false;
    }

    public void save() {
        try {
            DepartmentCommand c = new DepartmentCommand(code, name, abbreviation);
            AdminViews.DepartmentView d = editId == null ? organisation.createDepartment(c)
                    : organisation.updateDepartment(editId, c);
            Ui.info(Ui.text(editId == null ? "admin.department.created" : "admin.saved", d.name()));
            editing = false;
            load();
        } catch (ApplicationProblemException e) {
            Ui.show(e, "edit");
        }
    }

    public void setActive(AdminViews.DepartmentView d, boolean active) {
        try {
            if (active) {
                organisation.reactivateDepartment(d.id());
            } else {
                organisation.deactivateDepartment(d.id());
            }
            Ui.info(Ui.text(active ? "admin.reactivated" : "admin.deactivated", d.name()));
        } catch (ApplicationProblemException e) {
            Ui.show(e, "list");
        }
        load();
    }

    public List<AdminViews.DepartmentView> getDepartments() { return departments; }
    public boolean isEditing() { return editing; }
    public boolean isNew() { return editId == null; }
    public String getAbbreviation() { return abbreviation; }
    public void setAbbreviation(String abbreviation) { this.abbreviation = abbreviation; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
}
