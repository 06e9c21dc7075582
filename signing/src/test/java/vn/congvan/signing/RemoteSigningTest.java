package vn.congvan.signing;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.signatures.PdfPKCS7;
import com.itextpdf.signatures.SignatureUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.congvan.signing.appearance.Appearance;
import vn.congvan.signing.keys.CscClient;
import vn.congvan.signing.keys.CscKeySource;
import vn.congvan.signing.testpki.CscTestService;
import vn.congvan.signing.testpki.SharedPki;
import vn.congvan.signing.testpki.TestPki;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** Remote hash signing with the CSC API v2 client against a local CSC-compatible service. */
class RemoteSigningTest {

    static CscTestService csc;
    static TestPki.Identity remote;

    @BeforeAll
    static void start() throws Exception {
        remote = SharedPki.get().signer("CN=Lê Văn Cường,T=Giám đốc,O=Sở Nội vụ,C=VN");
        csc = new CscTestService(Map.of("cred-leader", remote, "cred-other", SharedPki.agency()));
    }

    @AfterAll
    static void stop() {
        csc.close();
    }

    private static PdfSigningService service() {
        TestPki pki = SharedPki.get();
        return new PdfSigningService(SigningConfig.defaults().withTsa(pki.tsaUrl()).withTrustAnchors(pki.trustAnchors()));
    }

    private static CscClient client(String token) {
        return new CscClient(csc.baseUrl(), token, Duration.ofSeconds(30));
    }

    @Test
    void listsAndDescribesCredentials() throws Exception {
        CscClient client = client(CscTestService.TOKEN);
        assertEquals(List.of("cred-leader", "cred-other"), client.listCredentials());
        CscClient.CredentialInfo info = client.credentialInfo("cred-leader");
        assertEquals(remote.cert(), info.certificates().get(0));
        assertEquals(3, info.certificates().size());
        assertEquals("explicit", info.authMode());
    }

    @Test
    void signsThroughTheKeySourceInterface() throws Exception {
        CscKeySource key = new CscKeySource(client(CscTestService.TOKEN), "cred-leader",
                () -> Map.of("PIN", CscTestService.PIN));
        int before = csc.signHashCalls.get();
        byte[] signed = service().sign(TestDocs.congVan(1, 2), key, SignRequest.of(PadesLevel.B_LT,
                new Appearance.LeaderSignature(TestDocs.signaturePng(), TestDocs.TITLE, TestDocs.NAME, null)));
        assertEquals(before + 1, csc.signHashCalls.get());
        assertSignedBy(signed, "Signature1", remote);
    }

    @Test
    void twoPhasePrepareSendHashEmbed() throws Exception {
        TwoPhaseSigning flow = new TwoPhaseSigning(service());
        CscClient client = client(CscTestService.TOKEN);
        CscClient.CredentialInfo info = client.credentialInfo("cred-leader");
        // phase 1: prepare the PDF; the state is plain bytes and can wait for the user's phone
        TwoPhaseSigning.Prepared prepared = flow.prepare(TestDocs.congVan(1, 2), info.certificates(),
                SignRequest.of(PadesLevel.B_LTA, new Appearance.LeaderSignature(TestDocs.signaturePng(),
                        TestDocs.TITLE, TestDocs.NAME, null)));
        assertEquals(32, prepared.hashToSign().length);
        // phase 2: only the hash goes to the service
        String sad = client.authorize("cred-leader", List.of(prepared.hashToSign()), CscClient.OID_SHA256,
                Map.of("PIN", CscTestService.PIN));
        byte[] value = client.signHash("cred-leader", sad, List.of(prepared.hashToSign()), CscClient.OID_SHA256,
                CscClient.OID_RSA).get(0);
        // phase 3: embed, timestamp, validation data, document timestamp
        byte[] signed = flow.complete(prepared, value);
        assertSignedBy(signed, prepared.fieldName(), remote);
        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(signed)))) {
            assertNotNull(pdf.getCatalog().getPdfObject().getAsDictionary(PdfName.DSS));
            assertEquals(2, new SignatureUtil(pdf).getSignatureNames().size(), "signature + document timestamp");
        }
    }

    @Test
    void aSignatureValueFromAnotherKeyIsRefused() throws Exception {
        TwoPhaseSigning flow = new TwoPhaseSigning(service());
        CscClient client = client(CscTestService.TOKEN);
        TwoPhaseSigning.Prepared prepared = flow.prepare(TestDocs.congVan(1, 1),
                client.credentialInfo("cred-leader").certificates(), SignRequest.of(PadesLevel.B_B, null));
        String sad = client.authorize("cred-other", List.of(prepared.hashToSign()), CscClient.OID_SHA256,
                Map.of("PIN", CscTestService.PIN));
        byte[] wrong = client.signHash("cred-other", sad, List.of(prepared.hashToSign()), CscClient.OID_SHA256,
                CscClient.OID_RSA).get(0);
        SigningException e = assertThrows(SigningException.class, () -> flow.complete(prepared, wrong));
        assertEquals(SigningException.Reason.REMOTE_SIGNING, e.reason(), e.getMessage());
    }

    @Test
    void wrongPinAndWrongTokenAreClearErrors() throws Exception {
        CscKeySource key = new CscKeySource(client(CscTestService.TOKEN), "cred-leader", () -> Map.of("PIN", "000000"));
        SigningException e = assertThrows(SigningException.class, () -> service().sign(TestDocs.congVan(1, 1), key,
                SignRequest.of(PadesLevel.B_B, null)));
        assertEquals(SigningException.Reason.REMOTE_SIGNING, e.reason());
        assertTrue(e.getMessage().contains("invalid_pin"), e.getMessage());

        SigningException t = assertThrows(SigningException.class,
                () -> new CscKeySource(client("bad-token"), null, Map::of));
        assertTrue(t.getMessage().contains("invalid_token"), t.getMessage());
    }

    static void assertSignedBy(byte[] signed, String field, TestPki.Identity who) throws Exception {
        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(signed)))) {
            PdfPKCS7 p7 = new SignatureUtil(pdf).readSignatureData(field);
            assertTrue(p7.verifySignatureIntegrityAndAuthenticity());
            assertEquals(who.cert(), p7.getSigningCertificate());
        }
    }
}
