package vn.congvan.domain.model.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A user's notification choices; a user without a row gets e-mail (when they have an address) in Vietnamese. */
@Entity
@Table(name = "notification_preference")
public class NotificationPreference {

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Column(name = "email_enabled", nullable = false)
    private boolean emailEnabled = true;

    @Column(nullable = false, length = 2)
    private String language = "vi";

    protected NotificationPreference() {
    }

    public NotificationPreference(long userId) {
        this.userId = userId;
    }

    public void change(boolean emailEnabled, String language) {
        if (!"vi".equals(language) && !"en".equals(language)) {
            throw new IllegalArgumentException("language " + language);
        }
        this.emailEnabled = emailEnabled;
        this.language = language;
    }

    public Long userId() { return userId; }
    public boolean emailEnabled() { return emailEnabled; }
    public String language() { return language; }
}
