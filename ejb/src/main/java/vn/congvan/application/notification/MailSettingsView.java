package vn.congvan.application.notification;

import java.time.Instant;

/**
 * The SMTP settings in effect for the administrator's agency, without the password; what the server's
 * {@code congvan.mail.*} settings say; and the state of the outbox.
 *
 * @param agencyOverride whether the agency has its own settings (else the server's apply)
 */
public record MailSettingsView(boolean enabled, String host, int port, String username, boolean passwordSet,
                               String from, String security, boolean agencyOverride, String updatedBy,
                               Instant updatedAt, ServerDefaults server, MailOutbox.OutboxStatus outbox) {

    /** The server's settings (README): the SMTP defaults and the timing of the outbox. */
    public record ServerDefaults(boolean enabled, String host, int port, String username, boolean passwordSet,
                                 String from, String security, long batchSeconds, long pollSeconds,
                                 long retrySeconds, int maxAttempts) {
    }
}
