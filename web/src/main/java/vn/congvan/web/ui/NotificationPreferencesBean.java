package vn.congvan.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.notification.NotificationPreferences;
import vn.congvan.application.notification.NotificationService;

import java.io.Serializable;

/** The profile page's "Thông báo" card: e-mail on or off, the language of the e-mails. */
@Named
@ViewScoped
public class NotificationPreferencesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private NotificationService notifications;

    private boolean emailEnabled;
    private String language;
    private String email;

    @PostConstruct
    void init() {
        NotificationPreferences p = notifications.preferences();
        emailEnabled = p.emailEnabled();
        language = p.language();
        email = p.email();
    }

    public void save() {
        try {
            NotificationPreferences p = notifications.updatePreferences(new NotificationPreferences(emailEnabled, language, null));
            emailEnabled = p.emailEnabled();
            language = p.language();
            Ui.info(Ui.text("notifications.prefs.saved"));
        } catch (ApplicationProblemException e) {
            Ui.show(e, "notif-prefs");
        }
    }

    public boolean isEmailEnabled() { return emailEnabled; }
    public void setEmailEnabled(boolean v) { emailEnabled = v; }
    public String getLanguage() { return language; }
    public void setLanguage(String v) { language = v; }
    public String getEmail() { return email; }
}
