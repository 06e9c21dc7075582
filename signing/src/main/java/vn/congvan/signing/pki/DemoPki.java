package vn.congvan.signing.pki;

import org.bouncycastle.asn1.x509.KeyUsage;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.CubicCurve2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code demo-pki}: a root CA and a signer certificate a user can try signing and verifying with,
 * plus sample signature and seal images. Not for production: the keys are made on this machine.
 */
public final class DemoPki {

    /** What was written. */
    public record Result(Path pkcs12, Path trustAnchors, Path rootPkcs12, Path signatureImage, Path sealImage,
                         Path crl, X509Certificate signer) {
    }

    private DemoPki() {
    }

    public static Result write(Path dir, char[] password, String signerName, String organisation) throws IOException {
        Files.createDirectories(dir);
        Instant now = Instant.now();
        KeyPair rootKeys = CertificateIssuer.rsaKeyPair(3072);
        X509Certificate root = CertificateIssuer.spec("CN=CongVan Demo Root CA,O=CongVan Demo,C=VN", rootKeys)
                .ca(0).validity(now.minusSeconds(3600), now.plusSeconds(10L * 365 * 86400)).issue();
        KeyPair signerKeys = CertificateIssuer.rsaKeyPair(2048);
        X509Certificate signer = CertificateIssuer.spec("CN=" + escape(signerName) + ",O=" + escape(organisation) + ",C=VN",
                        signerKeys)
                .issuer(root, rootKeys.getPrivate())
                .keyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation)
                .validity(now.minusSeconds(3600), now.plusSeconds(2L * 365 * 86400)).issue();
        try {
            Path p12 = dir.resolve("signer.p12");
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            ks.setKeyEntry("signer", signerKeys.getPrivate(), password, new Certificate[]{signer, root});
            try (OutputStream out = Files.newOutputStream(p12)) {
                ks.store(out, password);
            }
            Path rootP12 = dir.resolve("demo-root-ca.p12");
            KeyStore rks = KeyStore.getInstance("PKCS12");
            rks.load(null, null);
            rks.setKeyEntry("root", rootKeys.getPrivate(), password, new Certificate[]{root});
            try (OutputStream out = Files.newOutputStream(rootP12)) {
                rks.store(out, password);
            }
            Path anchors = dir.resolve("trust-anchors.pem");
            Files.writeString(anchors, Pem.toPem(List.of(root)));
            Path sig = dir.resolve("signature.png");
            ImageIO.write(signatureImage(), "png", sig.toFile());
            Path seal = dir.resolve("seal.png");
            ImageIO.write(sealImage(organisation), "png", seal.toFile());
            Path crl = dir.resolve("demo-root-ca.crl");
            Files.write(crl, emptyCrl(root, rootKeys.getPrivate(), now));
            return new Result(p12, anchors, rootP12, sig, seal, crl, signer);
        } catch (java.security.GeneralSecurityException e) {
            throw new IOException("Cannot write the demo key store: " + e.getMessage(), e);
        }
    }

    /** The root's CRL (nothing revoked), valid for a year: revocation data for verifying demo signatures. */
    static byte[] emptyCrl(X509Certificate root, java.security.PrivateKey key, Instant now) throws IOException {
        try {
            org.bouncycastle.cert.X509v2CRLBuilder b = new org.bouncycastle.cert.X509v2CRLBuilder(
                    org.bouncycastle.asn1.x500.X500Name.getInstance(root.getSubjectX500Principal().getEncoded()),
                    java.util.Date.from(now.minusSeconds(60)));
            b.setNextUpdate(java.util.Date.from(now.plusSeconds(365L * 86400)));
            return b.build(new org.bouncycastle.operator.jcajce.JcaContentSignerBuilder("SHA256withRSA").build(key))
                    .getEncoded();
        } catch (org.bouncycastle.operator.OperatorCreationException e) {
            throw new IOException(e);
        }
    }

    private static String escape(String rdnValue) {
        return rdnValue.replace("\\", "\\\\").replace(",", "\\,").replace("+", "\\+").replace("=", "\\=");
    }

    /** Blue strokes on a transparent background (no resolution chunk: 1 px = 1 pt). */
    static BufferedImage signatureImage() {
        BufferedImage img = new BufferedImage(160, 64, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0x1a, 0x3c, 0xb4));
        g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new CubicCurve2D.Float(8, 48, 38, -10, 60, 80, 86, 22));
        g.draw(new CubicCurve2D.Float(80, 26, 108, 6, 128, 64, 152, 16));
        g.dispose();
        return img;
    }

    /** A red ring 102 pt (36 mm) across at 72 dpi. */
    static BufferedImage sealImage(String organisation) {
        int size = 102;
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0xd4, 0x1e, 0x1e, 230));
        g.setStroke(new BasicStroke(4f));
        g.drawOval(3, 3, size - 6, size - 6);
        g.setStroke(new BasicStroke(1.5f));
        g.drawOval(18, 18, size - 36, size - 36);
        g.setFont(new Font(Font.SERIF, Font.BOLD, 12));
        g.drawString("DEMO", size / 2 - 18, size / 2 + 4);
        g.dispose();
        return img;
    }

    static List<X509Certificate> list(X509Certificate... c) {
        return new ArrayList<>(List.of(c));
    }
}
