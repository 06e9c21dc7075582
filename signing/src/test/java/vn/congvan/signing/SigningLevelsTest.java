package vn.congvan.signing;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.signatures.PdfPKCS7;
import com.itextpdf.signatures.SignatureUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvan.signing.appearance.Appearance;
import vn.congvan.signing.testpki.SharedPki;
import vn.congvan.signing.testpki.TestPki;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class SigningLevelsTest {

    @Test
    void ecdsaKeysSignAndVerifyToo() throws Exception {
        TestPki pki = SharedPki.get();
        TestPki.Identity ec = pki.ecSigner("CN=Phạm Thị Dung,O=Sở Tư pháp,C=VN");
        PdfSigningService service = new PdfSigningService(SigningConfig.defaults().withTsa(pki.tsaUrl())
                .withTrustAnchors(pki.trustAnchors()));
        byte[] signed = service.sign(TestDocs.congVan(1, 1), ec.keySource(), SignRequest.of(PadesLevel.B_LT, null));
        vn.congvan.signing.verify.VerificationReport r = new vn.congvan.signing.verify.SignatureVerifier(
                vn.congvan.signing.verify.VerifyConfig.of(pki.trustAnchors())).verify(signed, "ec.pdf");
        assertTrue(r.valid(), r.toJson());
        assertEquals("B-LT", r.signatures().get(0).padesLevel());
    }

    @Test
    void aTsaThatNeverAnswersTimesOut() throws Exception {
        try (java.net.ServerSocket silent = new java.net.ServerSocket(0, 5, java.net.InetAddress.getLoopbackAddress())) {
            PdfSigningService service = new PdfSigningService(SigningConfig.defaults()
                    .withTsa("http://127.0.0.1:" + silent.getLocalPort() + "/tsa")
                    .withNetworkTimeout(java.time.Duration.ofMillis(700)));
            long start = System.nanoTime();
            SigningException e = assertThrows(SigningException.class, () -> service.sign(TestDocs.congVan(1, 1),
                    SharedPki.leader().keySource(), SignRequest.of(PadesLevel.B_T, null)));
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertEquals(SigningException.Reason.TSA_UNAVAILABLE, e.reason(), e.getMessage());
            assertTrue(ms < 10_000, "gave up after " + ms + " ms");
        }
    }

    @TempDir
    Path dir;

    @Test
    void signsAtEveryLevel() throws Exception {
        TestPki pki = SharedPki.get();
        PdfSigningService service = new PdfSigningService(SigningConfig.defaults().withTsa(pki.tsaUrl())
                .withTrustAnchors(pki.trustAnchors()));
        byte[] doc = TestDocs.congVan(1, 3);
        for (PadesLevel level : PadesLevel.values()) {
            byte[] signed = service.sign(doc, SharedPki.leader().keySource(), SignRequest.of(level, new Appearance.Invisible()));
            Files.write(dir.resolve(level + ".pdf"), signed);
            try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(signed)))) {
                SignatureUtil su = new SignatureUtil(pdf);
                PdfPKCS7 p7 = su.readSignatureData("Signature1");
                assertTrue(p7.verifySignatureIntegrityAndAuthenticity(), level + " integrity");
                assertEquals(level != PadesLevel.B_B, p7.getTimeStampDate() != null
                        && p7.getTimeStampTokenInfo() != null, level + " timestamp");
                boolean dss = pdf.getCatalog().getPdfObject().getAsDictionary(com.itextpdf.kernel.pdf.PdfName.DSS) != null;
                assertEquals(level == PadesLevel.B_LT || level == PadesLevel.B_LTA, dss, level + " DSS");
                assertEquals(level == PadesLevel.B_LTA ? 2 : 1, su.getSignatureNames().size(), level + " signatures");
            }
            // our verifier recognises the level that was asked for
            vn.congvan.signing.verify.VerificationReport report = new vn.congvan.signing.verify.SignatureVerifier(
                    vn.congvan.signing.verify.VerifyConfig.of(pki.trustAnchors())).verify(signed, level + ".pdf");
            assertTrue(report.valid(), report.toJson());
            assertEquals(level.label(), report.signatures().get(0).padesLevel(), report.toJson());
        }
    }
}
