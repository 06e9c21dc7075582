package vn.congvan.application.notification;

import java.time.Duration;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * The server's mail settings ({@code congvan.mail.*} system properties, then {@code CONGVAN_MAIL_*}
 * environment variables, then defaults; README). An agency's administrator may override the SMTP ones
 * for their agency ({@link MailSettingsService}); the timing ones are the server's.
 */
public final class MailConfig {

    private static final Logger LOG = Logger.getLogger(MailConfig.class.getName());

    private MailConfig() {
    }

    public static boolean enabled() {
        return Boolean.parseBoolean(value("congvan.mail.enabled", "true"));
    }

    public static String host() {
        String h = value("congvan.mail.host", null);
        return h != null ? h : value("congvan.smtp.host", "localhost");
    }

    public static int port() {
        String p = value("congvan.mail.port", null);
        return number(p != null ? "congvan.mail.port" : "congvan.smtp.port", 25, 1, 65535);
    }

    public static String username() {
        return value("congvan.mail.username", null);
    }

    public static String password() {
        return value("congvan.mail.password", null);
    }

    public static String from() {
        return value("congvan.mail.from", "congvan@localhost");
    }

    /** NONE, STARTTLS or SSL. */
    public static String security() {
        String s = value("congvan.mail.security", "NONE").toUpperCase(Locale.ROOT);
        return switch (s) {
            case "NONE", "STARTTLS", "SSL" -> s;
            default -> {
                LOG.warning(() -> "congvan.mail.security = " + s + " is not NONE, STARTTLS or SSL; using NONE");
                yield "NONE";
            }
        };
    }

    /** How long a notification that is not urgent waits, so that several go out in one message. */
    public static Duration batchWindow() {
        return Duration.ofSeconds(number("congvan.mail.batch-seconds", 300, 0, 86_400));
    }

    /** How often the outbox is looked at. */
    public static Duration pollInterval() {
        return Duration.ofSeconds(number("congvan.mail.poll-seconds", 30, 1, 3600));
    }

    /** The wait after the first failed attempt; it doubles with each failure (at most 64 times this). */
    public static Duration retryBase() {
        return Duration.ofSeconds(number("congvan.mail.retry-seconds", 60, 1, 86_400));
    }

    public static int maxAttempts() {
        return number("congvan.mail.max-attempts", 12, 1, 1000);
    }

    /** SMTP connection and read time-out. */
    public static int timeoutMillis() {
        return number("congvan.mail.timeout-ms", 15_000, 1000, 300_000);
    }

    static int number(String property, int fallback, int min, int max) {
        String v = value(property, null);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        LOG.warning(() -> property + " = \"" + v + "\" is not a number from " + min + " to " + max + "; using " + fallback);
        return fallback;
    }

    static String value(String property, String fallback) {
        String v = System.getProperty(property);
        if (v == null || v.isBlank()) {
            v = System.getenv(property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
        }
        return v == null || v.isBlank() ? fallback : v;
    }
}
