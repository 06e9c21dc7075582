package vn.congvan.application.notification;

/**
 * The SMTP settings in effect for an agency.
 *
 * @param security NONE, STARTTLS (required) or SSL (SMTPS)
 * @param password null when none is set; never shown
 */
public record MailServer(boolean enabled, String host, int port, String username, String password, String from,
                         String security) {

    @Override
    public String toString() {
        return "MailServer[" + host + ":" + port + ", " + security + ", user " + username + ", from " + from
                + (enabled ? "" : ", off") + "]";
    }
}
