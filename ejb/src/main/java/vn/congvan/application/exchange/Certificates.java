package vn.congvan.application.exchange;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/** Reading PEM certificates of the directory. */
final class Certificates {

    private Certificates() {
    }

    /** The certificates of a PEM text. @throws IllegalArgumentException when there is none or it is not PEM */
    static List<X509Certificate> certificates(String pem) {
        if (pem == null || pem.isBlank()) {
            throw new IllegalArgumentException("no certificate");
        }
        try {
            CertificateFactory cf = CertificateFactory.getInstance("X.509");
            List<X509Certificate> out = new ArrayList<>();
            for (var c : cf.generateCertificates(new ByteArrayInputStream(pem.strip().getBytes(StandardCharsets.US_ASCII)))) {
                out.add((X509Certificate) c);
            }
            if (out.isEmpty()) {
                throw new IllegalArgumentException("no certificate");
            }
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a PEM certificate: " + e.getMessage(), e);
        }
    }
}
