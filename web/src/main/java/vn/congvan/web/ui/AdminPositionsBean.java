package vn.congvan.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import vn.congvan.application.admin.AdminViews;
import vn.congvan.application.admin.OrganisationService;
import vn.congvan.application.admin.PositionCommand;
import vn.congvan.application.common.ApplicationProblemException;

import java.io.Serializable;
import java.util.List;

/** "Quản trị › Chức vụ": the agency's catalogue of positions. */
@Named
@ViewScoped
public class AdminPositionsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private OrganisationService organisation;

    private List<AdminViews.PositionView> positions;
    private boolean editing;
    private Long editId;
    private String name;

    @PostConstruct
    void init() {
        positions = organisation.positions();
    }

    public void startNew() {
        editing = true;
        editId = null;
        name = null;
    }

    public void startEdit(AdminViews.PositionView p) {
        editing = true;
        editId = p.id();
        name = p.name();
    }

    public void cancel() {
        editing = false;
    }

    public void save() {
        try {
            AdminViews.PositionView p = editId == null ? organisation.createPosition(new PositionCommand(name))
                    : organisation.renamePosition(editId, new PositionCommand(name));
            Ui.info(Ui.text(editId == null ? "admin.position.created" : "admin.saved", p.name()));
            editing = false;
            positions = organisation.positions();
        } catch (ApplicationProblemException e) {
            Ui.show(e, "edit");
        }
    }

    public void setActive(AdminViews.PositionView p, boolean active) {
        try {
            organisation.setPositionActive(p.id(), active);
            Ui.info(Ui.text(active ? "admin.reactivated" : "admin.deactivated", p.name()));
        } catch (ApplicationProblemException e) {
            Ui.show(e, "list");
        }
        positions = organisation.positions();
    }

    public List<AdminViews.PositionView> getPositions() { return positions; }
    public boolean isEditing() { return editing; }
    public boolean isNew() { return editId == null; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
}
