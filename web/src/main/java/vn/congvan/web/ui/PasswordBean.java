package vn.congvan.web.ui;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import vn.congvan.application.admin.PasswordCommand;
import vn.congvan.application.admin.UserAdminService;
import vn.congvan.application.common.ApplicationProblemException;

/** "Đổi mật khẩu" on the profile page: the current password, then the new one twice. */
@Named
@RequestScoped
public class PasswordBean {

    @EJB
    private UserAdminService userAdmin;

    private String oldPassword;
    private String newPassword;
    private String confirm;

    public void change() {
        try {
            if (newPassword != null && !newPassword.equals(confirm)) {
                throw ApplicationProblemException.invalid(
                        vn.congvan.application.common.FieldError.of("confirm", "password.confirmMismatch"));
            }
            userAdmin.changeOwnPassword(new PasswordCommand(oldPassword, newPassword));
            Ui.info(Ui.text("password.changed"));
        } catch (ApplicationProblemException e) {
            Ui.show(e, "pw");
        } finally {
            oldPassword = null;
            newPassword = null;
            confirm = null;
        }
    }

    public String getOldPassword() { return oldPassword; }
    public void setOldPassword(String v) { oldPassword = v; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String v) { newPassword = v; }
    public String getConfirm() { return confirm; }
    public void setConfirm(String v) { confirm = v; }
}
