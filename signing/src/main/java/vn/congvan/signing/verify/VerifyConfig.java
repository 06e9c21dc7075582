package vn.congvan.signing.verify;

import java.security.cert.X509Certificate;
import java.time.ZoneId;
import java.util.List;

/**
 * @param trustAnchors     the roots accepted (the government CA root is configuration, not a default trust store)
 * @param onlineRevocation fetch OCSP/CRL from the certificate's URLs when the PDF has none
 * @param zone             time zone for the times in the report
 * @param crls             CRLs configured locally (e.g. downloaded by the administrator), used when the PDF has none
 * @param allowAnnotationChanges accept comments/annotations added or changed after signing (DocMDP P=3);
 *                         by default only form filling, further signatures, validation data and document
 *                         timestamps are allowed (P=2), so an annotation shown or added later is reported
 */
public record VerifyConfig(List<X509Certificate> trustAnchors, boolean onlineRevocation, ZoneId zone,
                           List<java.security.cert.X509CRL> crls, boolean allowAnnotationChanges) {
    public VerifyConfig {
        trustAnchors = trustAnchors == null ? List.of() : List.copyOf(trustAnchors);
        zone = zone == null ? ZoneId.of("Asia/Ho_Chi_Minh") : zone;
        crls = crls == null ? List.of() : List.copyOf(crls);
    }

    public VerifyConfig(List<X509Certificate> trustAnchors, boolean onlineRevocation, ZoneId zone) {
        this(trustAnchors, onlineRevocation, zone, List.of(), false);
    }

    public VerifyConfig(List<X509Certificate> trustAnchors, boolean onlineRevocation, ZoneId zone,
                        List<java.security.cert.X509CRL> crls) {
        this(trustAnchors, onlineRevocation, zone, crls, false);
    }

    public static VerifyConfig of(List<X509Certificate> anchors) {
        return new VerifyConfig(anchors, true, null);
    }
}
