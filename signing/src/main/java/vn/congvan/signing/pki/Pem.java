package vn.congvan.signing.pki;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;

/** Reads and writes certificates as PEM (or DER) files: trust anchors are configuration. */
public final class Pem {
    private Pem() {
    }

    public static List<X509Certificate> readCertificates(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            Collection<? extends Certificate> certs = CertificateFactory.getInstance("X.509").generateCertificates(in);
            List<X509Certificate> out = new ArrayList<>();
            for (Certificate c : certs) {
                out.add((X509Certificate) c);
            }
            if (out.isEmpty()) {
                throw new IOException("No certificate in " + file);
            }
            return out;
        } catch (CertificateException e) {
            throw new IOException("Not a certificate file (PEM or DER): " + file + ": " + e.getMessage(), e);
        }
    }

    public static String toPem(List<X509Certificate> certs) {
        StringBuilder sb = new StringBuilder();
        Base64.Encoder enc = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));
        for (X509Certificate c : certs) {
            try {
                sb.append("# ").append(c.getSubjectX500Principal().getName()).append('\n')
                        .append("-----BEGIN CERTIFICATE-----\n")
                        .append(enc.encodeToString(c.getEncoded())).append('\n')
                        .append("-----END CERTIFICATE-----\n");
            } catch (java.security.cert.CertificateEncodingException e) {
                throw new IllegalStateException(e);
            }
        }
        return sb.toString();
    }
}
