package vn.congvan.application.notification;

/**
 * An agency's SMTP settings, as the administrator sets them ({@code PUT /api/admin/mail}). The body is the
 * whole setting: {@code host}, {@code port} and {@code from} are required. {@code password}: null keeps the
 * one stored, a value replaces it; {@code clearPassword} removes it.
 */
public record MailSettingsCommand(Boolean enabled, String host, Integer port, String username, String password,
                                  Boolean clearPassword, String from, String security) {
}
