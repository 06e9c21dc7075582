package vn.congvan.application.signature;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.congvan.application.common.Settings;
import vn.congvan.signing.SigningException;
import vn.congvan.signing.verify.SignatureVerifier;
import vn.congvan.signing.verify.VerificationReport;
import vn.congvan.signing.verify.VerifyConfig;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Verifies the digital signatures of a PDF that arrives, against the trust anchors the administrator
 * configured (certificate files in {@code <data dir>/trust}, PEM or DER; the government CA root is not
 * in any default trust store). The anchors are read again when the folder changes.
 */
@ApplicationScoped
public class SignatureCheck {

    private static final Logger LOG = Logger.getLogger(SignatureCheck.class.getName());

    @Inject
    private Settings settings;

    @jakarta.ejb.EJB
    private SigningSetupReader setup;

    private volatile Anchors anchors = new Anchors(null, -1, List.of(), List.of());

    /** The outcome of checking one file. */
    public record Finding(int signatureCount, String status, String summary, String reportJson) {
    }

    public Finding check(Path pdf, String fileName, int signatureCount) {
        if (signatureCount == 0) {
            return new Finding(0, null, null, null);
        }
        try {
            VerificationReport report = new SignatureVerifier(verifyConfig()).verify(Files.readAllBytes(pdf), fileName);
            String status = report.valid() ? VerificationReport.Status.VALID.name()
                    : report.signatures().stream().anyMatch(s -> s.status() == VerificationReport.Status.INVALID)
                    ? VerificationReport.Status.INVALID.name() : VerificationReport.Status.INDETERMINATE.name();
            String summary = String.join("\n", report.summary());
            return new Finding(report.signatures().size(), status, summary.length() > 4000 ? summary.substring(0, 4000) : summary,
                    report.toJson());
        } catch (SigningException | IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Signature verification failed for " + fileName, e);
            return new Finding(signatureCount, VerificationReport.Status.INDETERMINATE.name(),
                    "Không kiểm tra được chữ ký: " + e.getMessage() + "\nThe signatures could not be checked.", null);
        }
    }

    /**
     * What signatures are verified against: the trust anchors and CRLs administered in the application
     * and those in the {@code <data>/trust} folder, and the online revocation switch.
     */
    public VerifyConfig verifyConfig() {
        SigningSetup s = setup.current();
        return new VerifyConfig(s.anchors(), s.onlineRevocation(), null, s.crls());
    }

    /** The status of a whole report: VALID, INVALID when a signature is, INDETERMINATE otherwise. */
    public static String status(VerificationReport report) {
        return report.valid() ? VerificationReport.Status.VALID.name()
                : report.signatures().stream().anyMatch(s -> s.status() == VerificationReport.Status.INVALID)
                ? VerificationReport.Status.INVALID.name() : VerificationReport.Status.INDETERMINATE.name();
    }

    /** The trust anchors and CRLs of the {@code <data>/trust} folder (cached; re-read when its content changes). */
    public Anchors folderAnchors() {
        return anchors();
    }

    /** The configured trust anchors and CRLs (cached; re-read when the folder's content changes). */
    Anchors anchors() {
        Path dir = settings.trustDir();
        long stamp = stamp(dir);
        Anchors current = anchors;
        if (dir.equals(current.dir) && stamp == current.stamp) {
            return current;
        }
        Anchors loaded = new Anchors(dir, stamp, load(dir), loadCrls(dir));
        anchors = loaded;
        LOG.info(() -> "Signature verification: " + loaded.certificates().size() + " trust anchor(s) and "
                + loaded.crls().size() + " CRL(s) from " + dir);
        return loaded;
    }

    public List<X509Certificate> trustAnchors() {
        return setup.current().anchors();
    }

    private static List<X509CRL> loadCrls(Path dir) {
        List<X509CRL> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.crl")) {
            CertificateFactory cf = CertificateFactory.getInstance("X.509");
            for (Path f : files) {
                try (InputStream in = Files.newInputStream(f)) {
                    out.add((X509CRL) cf.generateCRL(in));
                } catch (IOException | java.security.cert.CRLException e) {
                    LOG.warning(() -> "Not a CRL, ignored: " + f + " (" + e.getMessage() + ")");
                }
            }
        } catch (IOException | CertificateException e) {
            LOG.log(Level.WARNING, "Cannot read the CRLs in " + dir, e);
        }
        return List.copyOf(out);
    }

    private static long stamp(Path dir) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        long s = 17;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                s = 31 * s + f.getFileName().toString().hashCode();
                s = 31 * s + Files.getLastModifiedTime(f).toMillis() + Files.size(f);
            }
        } catch (IOException e) {
            return -2;
        }
        return s;
    }

    private static List<X509Certificate> load(Path dir) {
        List<X509Certificate> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.{pem,crt,cer,der}")) {
            CertificateFactory cf = CertificateFactory.getInstance("X.509");
            for (Path f : files) {
                try (InputStream in = Files.newInputStream(f)) {
                    cf.generateCertificates(in).forEach(c -> out.add((X509Certificate) c));
                } catch (IOException | CertificateException e) {
                    LOG.warning(() -> "Not a certificate, ignored: " + f + " (" + e.getMessage() + ")");
                }
            }
        } catch (IOException | CertificateException e) {
            LOG.log(Level.WARNING, "Cannot read the trust anchors in " + dir, e);
        }
        return List.copyOf(out);
    }

    public record Anchors(Path dir, long stamp, List<X509Certificate> certificates, List<X509CRL> crls) {
    }
}
