package vn.congvan.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import vn.congvan.application.admin.AdminViews;
import vn.congvan.application.admin.OrganisationService;
import vn.congvan.application.admin.PasswordCommand;
import vn.congvan.application.admin.UserAdminService;
import vn.congvan.application.admin.UserCommand;
import vn.congvan.application.common.ApplicationProblemException;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** "Quản trị › Người dùng": search, add, edit, deactivate and reactivate users, reset a password. */
@Named
@ViewScoped
public class AdminUsersBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private UserAdminService userAdmin;
    @EJB
    private OrganisationService organisation;

    private List<AdminViews.UserView> users;
    private List<AdminViews.DepartmentView> departments;
    private List<AdminViews.PositionView> positions;

    private String q;
    private Long filterDepartment;
    private String filterRole;
    private String filterActive;

    private boolean editing;
    private Long editId;
    private String username;
    private String fullName;
    private String email;
    private Long departmentId;
    private List<String> roles = new ArrayList<>();
    private String clearance = "NONE";
    private List<Long> positionIds = new ArrayList<>();
    private Long primaryPositionId;
    private String password;

    private AdminViews.UserView resetting;
    private String newPassword;

    @PostConstruct
    void init() {
        departments = organisation.departments();
        positions = organisation.positions();
        search();
    }

    public void search() {
        try {
            users = userAdmin.search(q, filterDepartment, filterRole,
                    filterActive == null || filterActive.isEmpty() ? null : Boolean.valueOf(filterActive));
        } catch (ApplicationProblemException e) {
            Ui.show(e, "filter");
            users = List.of();
        }
    }

    public void startNew() {
        editing = true;
        editId = null;
        username = null;
        fullName = null;
        email = null;
        departmentId = null;
        roles = new ArrayList<>(List.of("SPECIALIST"));
        clearance = "NONE";
        positionIds = new ArrayList<>();
        primaryPositionId = null;
        password = null;
    }

    public void startEdit(AdminViews.UserView u) {
        editing = true;
        editId = u.id();
        username = u.username();
        fullName = u.fullName();
        email = u.email();
        departmentId = u.departmentId();
        roles = new ArrayList<>(u.roles());
        clearance = u.clearance();
        positionIds = new ArrayList<>(u.positionIds());
        primaryPositionId = u.primaryPositionId();
        password = null;
    }

    public void cancel() {
        editing = false;
        resetting = null;
    }

    public void save() {
        try {
            UserCommand c = new UserCommand(username, fullName, email, departmentId, roles, clearance, positionIds,
                    primaryPositionId, password);
            AdminViews.UserView u = editId == null ? userAdmin.create(c) : userAdmin.update(editId, c);
            Ui.info(Ui.text(editId == null ? "admin.user.created" : "admin.saved", u.fullName(), u.username()));
            editing = false;
            search();
        } catch (ApplicationProblemException e) {
            Ui.show(e, "edit");
        } finally {
            password = null;
        }
    }

    public void setActive(AdminViews.UserView u, boolean active) {
        try {
            userAdmin.setActive(u.id(), active);
            Ui.info(Ui.text(active ? "admin.reactivated" : "admin.deactivated", u.fullName()));
        } catch (ApplicationProblemException e) {
            Ui.show(e, "list");
        }
        search();
    }

    public void startReset(AdminViews.UserView u) {
        resetting = u;
        newPassword = null;
    }

    public void reset() {
        try {
            userAdmin.resetPassword(resetting.id(), new PasswordCommand(null, newPassword));
            Ui.info(Ui.text("admin.user.passwordReset", resetting.fullName()));
            resetting = null;
        } catch (ApplicationProblemException e) {
            Ui.show(e, "reset");
        } finally {
            newPassword = null;
        }
    }

    /** Departments a user may be put in: the active ones, and the user's current one. */
    public List<AdminViews.DepartmentView> getDepartmentOptions() {
        return departments.stream().filter(d -> d.active() || d.id() == (departmentId == null ? -1 : departmentId)).toList();
    }

    /** Positions that may be given: the active ones, and those the user holds. */
    public List<AdminViews.PositionView> getPositionOptions() {
        return positions.stream().filter(p -> p.active() || positionIds.contains(p.id())).toList();
    }

    public List<AdminViews.UserView> getUsers() { return users; }
    public List<AdminViews.DepartmentView> getDepartments() { return departments; }
    public List<String> getAllRoles() { return List.of("CLERK", "LEADER", "DEPT_HEAD", "SPECIALIST", "ADMIN"); }
    public List<String> getClearances() { return List.of("NONE", "MAT", "TOI_MAT", "TUYET_MAT"); }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public Long getFilterDepartment() { return filterDepartment; }
    public void setFilterDepartment(Long v) { filterDepartment = v; }
    public String getFilterRole() { return filterRole; }
    public void setFilterRole(String v) { filterRole = v; }
    public String getFilterActive() { return filterActive; }
    public void setFilterActive(String v) { filterActive = v; }
    public boolean isEditing() { return editing; }
    public boolean isNew() { return editId == null; }
    public String getUsername() { return username; }
    public void setUsername(String v) { username = v; }
    public String getFullName() { return fullName; }
    public void setFullName(String v) { fullName = v; }
    public String getEmail() { return email; }
    public void setEmail(String v) { email = v; }
    public Long getDepartmentId() { return departmentId; }
    public void setDepartmentId(Long v) { departmentId = v; }
    public List<String> getRoles() { return roles; }
    public void setRoles(List<String> v) { roles = v == null ? new ArrayList<>() : new ArrayList<>(v); }
    public String getClearance() { return clearance; }
    public void setClearance(String v) { clearance = v; }
    public List<Long> getPositionIds() { return positionIds; }
    public void setPositionIds(List<Long> v) { positionIds = v == null ? new ArrayList<>() : new ArrayList<>(v); }
    public Long getPrimaryPositionId() { return primaryPositionId; }
    public void setPrimaryPositionId(Long v) { primaryPositionId = v; }
    public String getPassword() { return password; }
    public void setPassword(String v) { password = v; }
    public AdminViews.UserView getResetting() { return resetting; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String v) { newPassword = v; }
}
