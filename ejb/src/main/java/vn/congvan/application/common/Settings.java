package vn.congvan.application.common;

import jakarta.enterprise.context.ApplicationScoped;

import java.nio.file.Path;

/**
 * Configuration, from system properties first ({@code -Dcongvan.…}), then environment variables
 * ({@code CONGVAN_…}), then defaults. The table is in README.md.
 */
@ApplicationScoped
public class Settings {

    public static final long DEFAULT_MAX_UPLOAD_BYTES = 50L * 1024 * 1024;

    public Path dataDir() {
        String configured = value("congvan.data.dir", "CONGVAN_DATA_DIR", null);
        if (configured != null) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")), "congvan");
    }

    public long maxUploadBytes() {
        String v = value("congvan.upload.max-bytes", "CONGVAN_UPLOAD_MAX_BYTES", null);
        if (v == null) {
            return DEFAULT_MAX_UPLOAD_BYTES;
        }
        try {
            long limit = Long.parseLong(v.trim());
            if (limit > 0) {
                return limit;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        java.util.logging.Logger.getLogger(Settings.class.getName()).warning(() ->
                "congvan.upload.max-bytes = \"" + v + "\" is not a positive number of bytes; using " + DEFAULT_MAX_UPLOAD_BYTES);
        return DEFAULT_MAX_UPLOAD_BYTES;
    }

    /** Certificates (PEM or DER) accepted as roots when verifying signed PDFs. */
    public Path trustDir() {
        String configured = value("congvan.trust.dir", "CONGVAN_TRUST_DIR", null);
        return configured != null ? Path.of(configured) : dataDir().resolve("trust");
    }

    /** Whether verification may fetch OCSP/CRL from the certificates' URLs when a PDF carries none. */
    public boolean onlineRevocation() {
        return Boolean.parseBoolean(value("congvan.signature.online-revocation", "CONGVAN_SIGNATURE_ONLINE_REVOCATION", "false"));
    }

    /** Whether the demo agency and users are created on first start. */
    public boolean seedDemo() {
        return Boolean.parseBoolean(value("congvan.demo", "CONGVAN_DEMO", "true"));
    }

    /** The address printed at start. */
    public String publicUrl() {
        return value("congvan.public-url", "CONGVAN_PUBLIC_URL", "http://localhost:8080/congvan/");
    }

    static String value(String property, String env, String fallback) {
        String v = System.getProperty(property);
        if (v == null || v.isBlank()) {
            v = System.getenv(env);
        }
        return v == null || v.isBlank() ? fallback : v;
    }
}
