package vn.congvan.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.notification.MailSettingsCommand;
import vn.congvan.application.notification.MailSettingsService;
import vn.congvan.application.notification.MailSettingsView;

import java.io.Serializable;

/** "Quản trị › Thư điện tử": the agency's SMTP settings (never the password), a test message, the outbox. */
@Named
@ViewScoped
public class MailAdminBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private MailSettingsService mail;

    private MailSettingsView view;
    private boolean enabled;
    private String host;
    private Integer port;
    private String username;
    private String password;
    private boolean clearPassword;
    private String from;
    private String security;
    private String testTo;

    @PostConstruct
    void init() {
        show(mail.get());
    }

    private void show(MailSettingsView v) {
        view = v;
        enabled = v.enabled();
        host = v.host();
        port = v.port();
        username = v.username();
        from = v.from();
        security = v.security();
        password = null;
        clearPassword = false;
    }

    public void save() {
        try {
            show(mail.update(new MailSettingsCommand(enabled, host, port, username, password, clearPassword, from, security)));
            Ui.info(Ui.text("mail.admin.saved"));
        } catch (ApplicationProblemException e) {
            Ui.show(e, "settings");
        }
    }

    public void reset() {
        show(mail.reset());
        Ui.info(Ui.text("mail.admin.resetDone"));
    }

    public void test() {
        try {
            String to = mail.testSend(testTo, Ui.locale());
            Ui.info(Ui.text("mail.admin.testSent", to));
        } catch (ApplicationProblemException e) {
            Ui.show(e, "test");
        }
        view = mail.get();
    }

    public void retryFailed() {
        int n = mail.retryFailed();
        Ui.info(Ui.text("mail.admin.retried", n));
        view = mail.get();
    }

    public void refresh() {
        view = mail.get();
    }

    public MailSettingsView getView() { return view; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean v) { enabled = v; }
    public String getHost() { return host; }
    public void setHost(String v) { host = v; }
    public Integer getPort() { return port; }
    public void setPort(Integer v) { port = v; }
    public String getUsername() { return username; }
    public void setUsername(String v) { username = v; }
    public String getPassword() { return password; }
    public void setPassword(String v) { password = v; }
    public boolean isClearPassword() { return clearPassword; }
    public void setClearPassword(boolean v) { clearPassword = v; }
    public String getFrom() { return from; }
    public void setFrom(String v) { from = v; }
    public String getSecurity() { return security; }
    public void setSecurity(String v) { security = v; }
    public String getTestTo() { return testTo; }
    public void setTestTo(String v) { testTo = v; }
}
