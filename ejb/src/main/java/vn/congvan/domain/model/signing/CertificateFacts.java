package vn.congvan.domain.model.signing;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a user is shown about their signing certificate, and the rule it must meet to sign: valid now,
 * and, when it names key usages, allowing digital signatures (digitalSignature).
 */
public record CertificateFacts(String subject, String issuer, Instant notBefore, Instant notAfter, List<String> keyUsage) {

    /** RFC 5280 key usage bit names, in bit order. */
    public static final List<String> USAGE_NAMES = List.of("digitalSignature", "nonRepudiation", "keyEncipherment",
            "dataEncipherment", "keyAgreement", "keyCertSign", "cRLSign", "encipherOnly", "decipherOnly");

    public CertificateFacts {
        keyUsage = keyUsage == null ? null : List.copyOf(keyUsage);
    }

    public static CertificateFacts of(X509Certificate cert, java.util.function.Function<javax.security.auth.x500.X500Principal, String> dn) {
        boolean[] bits = cert.getKeyUsage();
        List<String> usage = null;
        if (bits != null) {
            usage = new ArrayList<>();
            for (int i = 0; i < bits.length && i < USAGE_NAMES.size(); i++) {
                if (bits[i]) {
                    usage.add(USAGE_NAMES.get(i));
                }
            }
        }
        return new CertificateFacts(dn.apply(cert.getSubjectX500Principal()), dn.apply(cert.getIssuerX500Principal()),
                cert.getNotBefore().toInstant(), cert.getNotAfter().toInstant(), usage);
    }

    /** The message key of why this certificate may not sign at {@code at}, or null when it may. */
    public String refusalAt(Instant at) {
        if (at.isAfter(notAfter)) {
            return "signature.key.expired";
        }
        if (at.isBefore(notBefore)) {
            return "signature.key.notYetValid";
        }
        if (keyUsage != null && !keyUsage.contains("digitalSignature")) {
            return "signature.key.usage";
        }
        return null;
    }

    /** The key usages as stored: comma-separated, or null when the certificate names none (any use). */
    public String keyUsageText() {
        return keyUsage == null ? null : String.join(",", keyUsage);
    }

    public static List<String> parseKeyUsage(String text) {
        return text == null ? null : text.isEmpty() ? List.of() : List.of(text.split(","));
    }
}
