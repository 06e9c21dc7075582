package vn.congvan.application.exchange;

import java.time.Duration;

/**
 * Exchange settings, from system properties ({@code -Dcongvan.exchange.…}) or environment variables
 * ({@code CONGVAN_EXCHANGE_…}); see the README's settings table.
 */
public final class ExchangeConfig {

    private ExchangeConfig() {
    }

    /** Largest package accepted by the inbox (the whole XML, base64 attachments included). Default 50 MB. */
    public static long maxPackageBytes() {
        return number("congvan.exchange.max-package-bytes", 50L * 1024 * 1024);
    }

    /** Largest single attachment after decoding. Default 30 MB. */
    public static long maxAttachmentBytes() {
        return number("congvan.exchange.max-attachment-bytes", 30L * 1024 * 1024);
    }

    /** How often the worker looks for due packages. Default 5 s. */
    public static Duration pollInterval() {
        return Duration.ofMillis(number("congvan.exchange.poll-millis", 5000));
    }

    /** The first retry waits this long; each further one twice as long. Default 30 s. */
    public static Duration retryBase() {
        return Duration.ofSeconds(number("congvan.exchange.retry-base-seconds", 30));
    }

    /** The longest wait between two attempts. Default 1 h. */
    public static Duration retryMax() {
        return Duration.ofSeconds(number("congvan.exchange.retry-max-seconds", 3600));
    }

    /** After this many failed attempts a package is FAILED and waits for an administrator. Default 10. */
    public static int maxAttempts() {
        return (int) number("congvan.exchange.max-attempts", 10);
    }

    /** Connect and request timeout of the HTTP transport. Default 30 s. */
    public static Duration timeout() {
        return Duration.ofSeconds(number("congvan.exchange.timeout-seconds", 30));
    }

    private static long number(String property, long fallback) {
        String v = System.getProperty(property);
        if (v == null || v.isBlank()) {
            v = System.getenv(property.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_'));
        }
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            long n = Long.parseLong(v.strip());
            return n > 0 ? n : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
