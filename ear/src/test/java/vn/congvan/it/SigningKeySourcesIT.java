package vn.congvan.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvan.signing.keys.Pkcs11KeySource;
import vn.congvan.signing.testpki.CscTestService;
import vn.congvan.signing.testpki.SharedPki;
import vn.congvan.signing.testpki.TestPki;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.Provider;
import java.security.cert.Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each key source signs in the deployed application ("Ký thử"), and the result verifies with the
 * application's verifier against the trust anchors and CRLs the administrator uploaded: a PKCS#12
 * file, a PKCS#11 slot of a SoftHSM2 token (the server sees the token through SOFTHSM2_CONF, set for
 * it by ear/pom.xml), and a credential at a CSC remote signing service on loopback — with refusal
 * and time-out.
 */
class SigningKeySourcesIT {

    static final String SOFTHSM = Stream.of("/usr/lib/softhsm/libsofthsm2.so", "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so")
            .filter(p -> Files.exists(Path.of(p))).findFirst().orElse(null);
    static final String PIN = "5678";

    static TestPki pki;
    static long slot;

    @BeforeAll
    static void setUp() throws Exception {
        pki = SharedPki.get();
        SigningSetup.trustOnce(pki);
        SigningSetup.level("B-B");
    }

    private static JsonNode signedOk(Api.Reply r, String subjectPart) {
        assertEquals(200, r.status(), r.text());
        JsonNode j = r.json();
        byte[] pdf = Base64.getDecoder().decode(j.get("pdfBase64").asText());
        assertTrue(new String(pdf, 0, 5).startsWith("%PDF-"));
        assertEquals("VALID", j.get("status").asText(), j.get("summary").toString());
        JsonNode sig = j.get("report").get("signatures").get(0);
        assertTrue(sig.get("signer").get("subject").asText().contains(subjectPart), sig.toString());
        assertEquals("TRUSTED", sig.get("chain").get("status").asText());
        assertEquals("B-B", sig.get("padesLevel").asText());
        return j;
    }

    @Test
    void aPkcs12KeyTestSignsTheSampleAndAnUploadedPdf(@TempDir Path dir) throws Exception {
        TestPki.Identity id = pki.signer("CN=Lê Văn Chuyên,O=UBND tỉnh Hà Giang,C=VN");
        Path p12 = dir.resolve("k.p12");
        id.writePkcs12(p12, "mk-p12".toCharArray());
        Api.Reply reg = Api.postMultipart("chuyenvien", "/api/me/signing-key",
                List.of(new Api.Part("k.p12", "application/x-pkcs12", Files.readAllBytes(p12)),
                        new Api.Part(null, "text/plain", "mk-p12".getBytes())), List.of("file", "password"));
        assertEquals(200, reg.status(), reg.text());
        assertEquals("P12", reg.json().get("signingKeyKind").asText());
        assertTrue(reg.json().get("keyUsage").toString().contains("digitalSignature"), reg.text());

        SigningSetup.uploadImage("chuyenvien");

        Api.Reply wrong = SigningSetup.testSign("chuyenvien", "sai-mat-khau", null, null);
        assertEquals(422, wrong.status(), wrong.text());
        assertEquals("signing.secret.wrong", wrong.json().get("errors").get(0).get("code").asText());

        JsonNode j = signedOk(SigningSetup.testSign("chuyenvien", "mk-p12", null, null), "Lê Văn Chuyên");
        assertEquals("P12", j.get("keySource").asText());
        // an uploaded PDF without the signer's name: the image goes to the default place on the last page
        signedOk(SigningSetup.testSign("chuyenvien", "mk-p12", null, Pdfs.onePage("Ban du thao")), "Lê Văn Chuyên");

        Api.Reply notPdf = SigningSetup.testSign("chuyenvien", "mk-p12", null, "not a pdf".getBytes());
        assertEquals(422, notPdf.status(), notPdf.text());
        assertEquals("signing.pdf.invalid", notPdf.json().get("code").asText());
    }

    /** Creates a SoftHSM2 token in the folder the server's SOFTHSM2_CONF names and puts a key on it. */
    private static TestPki.Identity token() throws Exception {
        String confPath = System.getenv("SOFTHSM2_CONF");
        assertNotNull(confPath, "failsafe must set SOFTHSM2_CONF (ear/pom.xml)");
        assertNotNull(SOFTHSM, "libsofthsm2.so not found (Debian package softhsm2)");
        Path conf = Path.of(confPath);
        Path tokens = conf.resolveSibling("tokens");
        if (Files.exists(tokens)) {
            try (Stream<Path> s = Files.walk(tokens)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(tokens);
        Files.writeString(conf, "directories.tokendir = " + tokens + "\nobjectstore.backend = file\nlog.level = ERROR\n");
        Process p = new ProcessBuilder("softhsm2-util", "--init-token", "--free", "--label", "congvan-it",
                "--so-pin", "12345678", "--pin", PIN).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        Matcher m = Pattern.compile("slot (\\d+)").matcher(out);
        assertTrue(m.find(), out);
        slot = Long.parseLong(m.group(1));
        TestPki.Identity id = pki.signer("CN=Trần Thị Phòng,T=Trưởng phòng,O=UBND tỉnh Hà Giang,C=VN");
        Provider p11 = Pkcs11KeySource.provider(SOFTHSM, slot);
        KeyStore ks = KeyStore.getInstance("PKCS11", p11);
        ks.load(null, PIN.toCharArray());
        ks.setKeyEntry("truongphong", id.key(), null, id.chain().toArray(new Certificate[0]));
        ((java.security.AuthProvider) p11).logout();
        return id;
    }

    @Test
    void aPkcs11SlotIsConfiguredWithAnApprovedLibraryAndTestSigns() throws Exception {
        token();
        // an unapproved library is refused before anything is loaded; nothing is saved
        String before = Api.get("truongphong", "/api/me/signer").text();
        Api.Reply unapproved = Api.postJson("truongphong", "/api/me/signing-key/pkcs11",
                Map.of("library", "/usr/lib/x86_64-linux-gnu/libc.so.6", "slot", slot, "alias", "truongphong", "pin", PIN));
        assertEquals(422, unapproved.status(), unapproved.text());
        assertEquals("library", unapproved.json().get("errors").get(0).get("field").asText());
        assertEquals("signing.pkcs11.notApproved", unapproved.json().get("errors").get(0).get("code").asText());
        assertEquals(before, Api.get("truongphong", "/api/me/signer").text());

        // the administrator approves SoftHSM2's library (again on a second run: 409)
        Api.Reply approve = Api.postJson(SigningSetup.ADMIN, "/api/signing-config/pkcs11-libraries",
                Map.of("path", SOFTHSM, "label", "SoftHSM2"));
        assertTrue(approve.status() == 200 || approve.status() == 409, approve.text());
        Api.Reply relative = Api.postJson(SigningSetup.ADMIN, "/api/signing-config/pkcs11-libraries",
                Map.of("path", "../../tmp/evil.so", "label", "x"));
        assertEquals(422, relative.status(), relative.text());
        assertEquals("signingAdmin.library.badPath", relative.json().get("errors").get(0).get("code").asText());
        Api.Reply options = Api.get("truongphong", "/api/me/signing-options");
        assertTrue(options.text().contains(SOFTHSM), options.text());

        Api.Reply wrongPin = Api.postJson("truongphong", "/api/me/signing-key/pkcs11",
                Map.of("library", SOFTHSM, "slot", slot, "alias", "truongphong", "pin", "0000"));
        assertEquals(422, wrongPin.status(), wrongPin.text());
        assertEquals("pin", wrongPin.json().get("errors").get(0).get("field").asText());
        assertEquals("signing.secret.wrong", wrongPin.json().get("errors").get(0).get("code").asText());
        assertEquals(before, Api.get("truongphong", "/api/me/signer").text());

        Api.Reply ok = Api.postJson("truongphong", "/api/me/signing-key/pkcs11",
                Map.of("library", SOFTHSM, "slot", slot, "alias", "truongphong", "pin", PIN));
        assertEquals(200, ok.status(), ok.text());
        assertEquals("PKCS11", ok.json().get("signingKeyKind").asText());
        assertEquals(SOFTHSM, ok.json().get("pkcs11Library").asText());
        assertTrue(ok.json().get("certificateSubject").asText().contains("Trần Thị Phòng"), ok.text());
        assertTrue(!ok.json().has("pin"), "the PIN is not echoed");

        SigningSetup.uploadImage("truongphong");
        Api.Reply badPin = SigningSetup.testSign("truongphong", "0000", null, null);
        assertEquals(422, badPin.status(), badPin.text());
        assertEquals("secret", badPin.json().get("errors").get(0).get("field").asText());
        JsonNode j = signedOk(SigningSetup.testSign("truongphong", PIN, null, null), "Trần Thị Phòng");
        assertEquals("PKCS11", j.get("keySource").asText());
    }

    @Test
    void aRemoteCscCredentialSignsInTwoPhasesAndRefusalOrTimeOutGiveNoFile() throws Exception {
        TestPki.Identity id = pki.signer("CN=Phạm Văn Từ Xa,O=Sở Nội vụ,C=VN");
        TestPki.Identity expired = pki.issue("CN=Hết Hạn,O=Sở Nội vụ,C=VN",
                s -> s.validity(Instant.now().minusSeconds(86400 * 30L), Instant.now().minusSeconds(86400)));
        try (CscTestService csc = new CscTestService(Map.of("cred-1", id, "cred-expired", expired))) {
            long service = SigningSetup.remoteService("CSC thử nghiệm", csc.baseUrl(), 2);
            String before = Api.get("vanthu.snv", "/api/me/signer").text();

            Api.Reply badToken = Api.postJson("vanthu.snv", "/api/me/signing-key/csc",
                    Map.of("serviceId", service, "credentialId", "cred-1", "accessToken", "sai"));
            assertEquals(422, badToken.status(), badToken.text());
            assertEquals("signing.remote.refused", badToken.json().get("code").asText());

            Api.Reply expiredKey = Api.postJson("vanthu.snv", "/api/me/signing-key/csc",
                    Map.of("serviceId", service, "credentialId", "cred-expired", "accessToken", CscTestService.TOKEN));
            assertEquals(422, expiredKey.status(), expiredKey.text());
            assertEquals("signature.key.expired", expiredKey.json().get("errors").get(0).get("code").asText());
            assertEquals(before, Api.get("vanthu.snv", "/api/me/signer").text());

            Api.Reply ok = Api.postJson("vanthu.snv", "/api/me/signing-key/csc",
                    Map.of("serviceId", service, "credentialId", "cred-1", "accessToken", CscTestService.TOKEN));
            assertEquals(200, ok.status(), ok.text());
            assertEquals("CSC", ok.json().get("signingKeyKind").asText());
            assertEquals("cred-1", ok.json().get("cscCredentialId").asText());
            SigningSetup.uploadImage("vanthu.snv");

            // refusal: the service refuses the PIN; no file
            int calls = csc.signHashCalls.get();
            Api.Reply refused = SigningSetup.testSign("vanthu.snv", "000000", CscTestService.TOKEN, null);
            assertEquals(422, refused.status(), refused.text());
            assertEquals("signing.remote.refused", refused.json().get("code").asText());
            assertTrue(!refused.text().contains("pdfBase64"));
            assertEquals(calls, csc.signHashCalls.get(), "no hash is signed without authorisation");

            // time-out: the user does not confirm within the service's 2 s; no file
            // the service would answer after 30 s; the server gives up after 2 s (15 s of slack for a loaded machine)
            csc.signHashDelayMillis = 30_000;
            long t0 = System.nanoTime();
            Api.Reply late = SigningSetup.testSign("vanthu.snv", CscTestService.PIN, CscTestService.TOKEN, null);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(504, late.status(), late.text());
            assertEquals("signing.remote.timeout", late.json().get("code").asText());
            assertTrue(ms < 17_000, "bounded by the service's time-out, not the 30 s answer: " + ms + " ms");
            csc.signHashDelayMillis = 0;

            JsonNode j = signedOk(SigningSetup.testSign("vanthu.snv", CscTestService.PIN, CscTestService.TOKEN, null),
                    "Phạm Văn Từ Xa");
            assertEquals("CSC", j.get("keySource").asText());
            assertTrue(csc.signHashCalls.get() >= calls + 2);
        }
    }
}
