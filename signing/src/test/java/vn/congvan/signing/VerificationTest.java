package vn.congvan.signing;

import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.StampingProperties;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvan.signing.appearance.Appearance;
import vn.congvan.signing.testpki.SharedPki;
import vn.congvan.signing.testpki.TestPki;
import vn.congvan.signing.verify.SignatureVerifier;
import vn.congvan.signing.verify.VerificationReport;
import vn.congvan.signing.verify.VerificationReport.Status;
import vn.congvan.signing.verify.VerifyConfig;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class VerificationTest {

    static byte[] issued;   // leader B-LT, then agency seal B-LTA
    static byte[] basic;    // leader B-B only
    static TestPki pki;

    @TempDir
    Path dir;

    @BeforeAll
    static void sign() throws Exception {
        pki = SharedPki.get();
        PdfSigningService service = new PdfSigningService(SigningConfig.defaults().withTsa(pki.tsaUrl())
                .withTrustAnchors(pki.trustAnchors()));
        byte[] doc = TestDocs.congVan(1, 3);
        byte[] leader = service.sign(doc, SharedPki.leader().keySource(), SignRequest.of(PadesLevel.B_LT,
                new Appearance.LeaderSignature(TestDocs.signaturePng(), TestDocs.TITLE, TestDocs.NAME, null))
                .withReason("Phê duyệt"));
        issued = service.sign(leader, SharedPki.agency().keySource(), SignRequest.of(PadesLevel.B_LTA,
                new Appearance.AgencySeal(TestDocs.sealPng(), null, null, 0)).withReason("Phát hành"));
        basic = service.sign(doc, SharedPki.leader().keySource(), SignRequest.of(PadesLevel.B_B, null));
    }

    static VerificationReport verify(byte[] pdf) throws Exception {
        return new SignatureVerifier(VerifyConfig.of(pki.trustAnchors())).verify(pdf, "test.pdf");
    }

    static VerificationReport.SignatureReport sig(VerificationReport r, String name) {
        return r.signatures().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void leaderAndSealAreBothValidWithLevelsAndAllowedChanges() throws Exception {
        VerificationReport r = verify(issued);
        assertTrue(r.valid(), r.toJson());
        assertEquals(3, r.signatures().size());
        VerificationReport.SignatureReport leader = sig(r, "Signature1");
        VerificationReport.SignatureReport seal = sig(r, "Signature2");
        VerificationReport.SignatureReport ts = r.signatures().get(2);
        assertEquals(Status.VALID, leader.status());
        assertTrue(leader.integrity());
        assertEquals(1 + 1, leader.revision(), "the leader signs revision 2 (after the original)");
        assertFalse(leader.coversWholeDocument());
        assertEquals("TRUSTED", leader.chain().status());
        assertEquals(SignatureVerifier.dn(pki.root.getSubjectX500Principal()), leader.chain().anchor());
        assertTrue(leader.signer().subject().contains("T=Chủ tịch"), leader.signer().subject());
        assertEquals("GOOD", leader.revocation().status());
        assertEquals("DSS", leader.revocation().source());
        assertNotNull(leader.timestamp());
        assertTrue(leader.timestamp().imprintValid());
        assertEquals("TRUSTED", leader.timestamp().chain());
        assertTrue(leader.claimedTime().endsWith("+07:00"), leader.claimedTime());
        // a document timestamp now covers the DSS that holds the leader's validation data
        assertEquals("B-LTA", leader.padesLevel());
        assertEquals("B-LTA", seal.padesLevel());
        assertEquals("document-timestamp", ts.kind());
        assertEquals(Status.VALID, ts.status());
        // what happened after the leader signed: DSS, the seal signature, DSS, the document timestamp
        assertTrue(leader.changesAfter().stream().allMatch(VerificationReport.Change::allowed), r.toJson());
        assertTrue(leader.changesAfter().stream().anyMatch(c -> "signature".equals(c.kind())
                && "Signature2".equals(c.field())), r.toJson());
        assertTrue(leader.changesAfter().stream().anyMatch(c -> "document-timestamp".equals(c.kind())), r.toJson());
        assertTrue(leader.changesAfter().stream().anyMatch(c -> "validation-data".equals(c.kind())), r.toJson());
        assertTrue(ts.coversWholeDocument());
        assertEquals("Phê duyệt", leader.reason());
        assertTrue(r.summary().get(0).startsWith("HỢP LỆ / VALID"), r.summary().toString());
    }

    @Test
    void basicSignatureIsCheckedOnlineForRevocation() throws Exception {
        int before = pki.ocspRequests.get();
        VerificationReport r = verify(basic);
        VerificationReport.SignatureReport s = sig(r, "Signature1");
        assertEquals(Status.VALID, s.status(), r.toJson());
        assertEquals("B-B", s.padesLevel());
        assertNull(s.timestamp());
        assertEquals("online", s.revocation().source());
        assertTrue(pki.ocspRequests.get() > before);
    }

    @Test
    void aFlippedByteBreaksIntegrity() throws Exception {
        byte[] tampered = issued.clone();
        // flip a byte inside the page content of the original revision (the signed range)
        int at = indexOf(tampered, "stream".getBytes(StandardCharsets.US_ASCII), 200) + 20;
        tampered[at] ^= 0x01;
        VerificationReport r = verify(tampered);
        assertFalse(r.valid());
        VerificationReport.SignatureReport leader = sig(r, "Signature1");
        assertEquals(Status.INVALID, leader.status());
        assertFalse(leader.integrity());
        assertTrue(leader.problems().stream().anyMatch(p -> p.contains("integrity")), leader.problems().toString());
    }

    @Test
    void anIncrementalUpdateThatAddsPageContentIsNotAllowed() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(issued)), new PdfWriter(out),
                new StampingProperties().useAppendMode())) {
            new PdfCanvas(pdf.getFirstPage()).beginText().setFontAndSize(PdfFontFactory.createFont(), 12)
                    .moveText(100, 100).showText("Added after signing").endText();
        }
        VerificationReport r = verify(out.toByteArray());
        assertFalse(r.valid());
        for (String name : List.of("Signature1", "Signature2")) {
            VerificationReport.SignatureReport s = sig(r, name);
            assertTrue(s.integrity(), "the signed bytes themselves are intact");
            assertEquals(Status.INVALID, s.status(), name);
            VerificationReport.Change last = s.changesAfter().get(s.changesAfter().size() - 1);
            assertFalse(last.allowed(), r.toJson());
            assertEquals("other", last.kind());
            assertTrue(last.detail().toLowerCase().contains("page"), last.detail());
        }
    }

    @Test
    void hiddenContentShownLaterIsNotAllowed() throws Exception {
        // the original carries a hidden annotation; after signing, an update makes it visible
        ByteArrayOutputStream original = new ByteArrayOutputStream();
        try (PdfDocument pdf = new PdfDocument(PdfInspector.reader(TestDocs.congVan(1, 1)), new PdfWriter(original))) {
            com.itextpdf.kernel.pdf.annot.PdfFreeTextAnnotation note = new com.itextpdf.kernel.pdf.annot.PdfFreeTextAnnotation(
                    new com.itextpdf.kernel.geom.Rectangle(100, 400, 300, 40), new com.itextpdf.kernel.pdf.PdfString("Số tiền: 999.000.000 đồng"));
            note.setDefaultAppearance(new com.itextpdf.kernel.pdf.PdfString("/Helv 12 Tf 0 g"));
            note.setFlags(com.itextpdf.kernel.pdf.annot.PdfAnnotation.HIDDEN);
            pdf.getFirstPage().addAnnotation(note);
        }
        PdfSigningService service = new PdfSigningService(SigningConfig.defaults().withTrustAnchors(pki.trustAnchors()));
        byte[] signed = service.sign(original.toByteArray(), SharedPki.leader().keySource(), SignRequest.of(PadesLevel.B_B, null));
        assertTrue(verify(signed).valid(), "valid before the change");

        ByteArrayOutputStream shown = new ByteArrayOutputStream();
        try (PdfDocument pdf = new PdfDocument(PdfInspector.reader(signed), new PdfWriter(shown),
                new StampingProperties().useAppendMode())) {
            for (com.itextpdf.kernel.pdf.annot.PdfAnnotation a : pdf.getFirstPage().getAnnotations()) {
                if (a instanceof com.itextpdf.kernel.pdf.annot.PdfFreeTextAnnotation) {
                    a.setFlags(com.itextpdf.kernel.pdf.annot.PdfAnnotation.PRINT);
                    a.setModified();
                }
            }
        }
        VerificationReport r = verify(shown.toByteArray());
        VerificationReport.SignatureReport s = sig(r, "Signature1");
        assertTrue(s.integrity(), "the signed revision itself is intact");
        assertEquals(Status.INVALID, s.status(), r.toJson());
        assertEquals(1, s.changesAfter().size());
        assertFalse(s.changesAfter().get(0).allowed(), r.toJson());
        assertTrue(s.changesAfter().get(0).detail().toLowerCase().contains("annot"), s.changesAfter().get(0).detail());

        // where comments after signing are policy (DocMDP P=3), the same change is allowed
        VerificationReport lenient = new SignatureVerifier(new VerifyConfig(pki.trustAnchors(), true, null, List.of(), true))
                .verify(shown.toByteArray(), "x.pdf");
        assertTrue(sig(lenient, "Signature1").changesAfter().get(0).allowed(), lenient.toJson());
    }

    @Test
    void aLegacyAdbePkcs7SignatureMadeElsewhereIsVerified() throws Exception {
        // adbe.pkcs7.detached with the OCSP response inside the CMS (adbe-revocationInfoArchival), as older
        // tools sign: valid, but not a PAdES baseline signature
        TestPki.Identity id = SharedPki.leader();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        com.itextpdf.signatures.PdfSigner signer = new com.itextpdf.signatures.PdfSigner(
                PdfInspector.reader(TestDocs.congVan(1, 1)), out, new StampingProperties());
        signer.setSignerProperties(new com.itextpdf.signatures.SignerProperties().setFieldName("Legacy"));
        signer.signDetached(new com.itextpdf.signatures.BouncyCastleDigest(),
                new com.itextpdf.signatures.PrivateKeySignature(id.key(), "SHA256", null),
                id.chain().toArray(new java.security.cert.Certificate[0]), null,
                new com.itextpdf.signatures.OcspClientBouncyCastle(), null, 0,
                com.itextpdf.signatures.PdfSigner.CryptoStandard.CMS);
        VerificationReport r = verify(out.toByteArray());
        VerificationReport.SignatureReport s = sig(r, "Legacy");
        assertEquals("adbe.pkcs7.detached", s.subFilter());
        assertEquals(Status.VALID, s.status(), r.toJson());
        assertEquals("signature", s.revocation().source(), "OCSP taken from the CMS");
        assertTrue(s.padesLevel().startsWith("none"), s.padesLevel());
    }

    @Test
    void unknownRootIsIndeterminateNotValid() throws Exception {
        TestPki other = TestPki.start();
        try {
            VerificationReport r = new SignatureVerifier(VerifyConfig.of(other.trustAnchors())).verify(basic, "x.pdf");
            assertFalse(r.valid());
            assertEquals(Status.INDETERMINATE, sig(r, "Signature1").status());
            assertEquals("UNTRUSTED", sig(r, "Signature1").chain().status());
        } finally {
            other.close();
        }
    }

    @Test
    void revokedSignerIsInvalid() throws Exception {
        TestPki.Identity revoked = pki.signer("CN=Revoked Signer,O=UBND,C=VN");
        PdfSigningService service = new PdfSigningService(SigningConfig.defaults().withTsa(pki.tsaUrl())
                .withTrustAnchors(pki.trustAnchors()));
        byte[] signed = service.sign(TestDocs.congVan(1, 1), revoked.keySource(), SignRequest.of(PadesLevel.B_B, null));
        pki.revoke(revoked.cert());
        VerificationReport r = verify(signed);
        VerificationReport.SignatureReport s = sig(r, "Signature1");
        assertEquals(Status.INVALID, s.status(), r.toJson());
        assertEquals("REVOKED", s.revocation().status());
    }

    @Test
    void pdfsigAcceptsOurSignatures() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Tools.available("pdfsig"),
                "pdfsig is not installed (Debian package poppler-utils)");
        Path file = dir.resolve("issued.pdf");
        Files.write(file, issued);
        Tools.Result res = Tools.run(List.of("pdfsig", file.toString()));
        String out = res.output();
        assertTrue(out.contains("Signature #1") && out.contains("Signature #2") && out.contains("Signature #3"), out);
        // poppler validates the two CAdES signatures; it cannot validate ETSI.RFC3161 document timestamps
        // ("Unimplemented Feature ... Unable to validate this type of signature"), so #3 is only listed
        String[] parts = out.split("Signature #");
        assertEquals(4, parts.length, out);
        for (int i = 1; i <= 2; i++) {
            assertTrue(parts[i].contains("Signature Type: ETSI.CAdES.detached"), parts[i]);
            assertTrue(parts[i].contains("Signature Validation: Signature is Valid."), parts[i]);
        }
        assertTrue(parts[3].contains("Signer Certificate Common Name: CongVan Test TSA"), parts[3]);
        assertTrue(parts[3].contains("Total document signed"), parts[3]);
        assertFalse(out.contains("Signature is Invalid"), out);

        byte[] tampered = issued.clone();
        int at = indexOf(tampered, "stream".getBytes(StandardCharsets.US_ASCII), 200) + 20;
        tampered[at] ^= 0x01;
        Path bad = dir.resolve("tampered.pdf");
        Files.write(bad, tampered);
        String badOut = Tools.run(List.of("pdfsig", bad.toString())).output();
        assertTrue(badOut.contains("Digest Mismatch") || badOut.contains("Signature is Invalid"), badOut);
    }

    static int indexOf(byte[] hay, byte[] needle, int from) {
        outer:
        for (int i = from; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalStateException("not found");
    }
}
