package vn.congvan.application.notification;

/**
 * A user's notification choices ({@code PUT /api/me/notification-preferences}).
 *
 * @param emailEnabled whether notifications also come by e-mail
 * @param language     vi or en: the language of the e-mails
 * @param email        the user's address (read-only here; the administrator keeps it); null: in-app only
 */
public record NotificationPreferences(Boolean emailEnabled, String language, String email) {
}
