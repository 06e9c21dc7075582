package vn.congvan.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.congvan.signing.PadesLevel;
import vn.congvan.signing.PdfSigningService;
import vn.congvan.signing.SignRequest;
import vn.congvan.signing.SigningConfig;
import vn.congvan.signing.appearance.Appearance;
import vn.congvan.signing.testpki.TestPki;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The administrator's signing configuration over HTTP: trust anchors and CRLs change what verifies at
 * once (no restart), the TSA is tested and enables the timestamped levels, every change is in the
 * action log, others get 403, and bad input is refused with nothing saved.
 */
class SigningAdminIT {

    static TestPki pki;

    @BeforeAll
    static void freshPki() throws Exception {
        pki = TestPki.start();   // a root nobody trusts yet
    }

    @AfterAll
    static void close() {
        SigningSetup.level("B-B");
        pki.close();
    }

    private static JsonNode registerSigned(byte[] pdf) {
        Api.Reply r = Api.register(Api.basic("vanthu"), Api.metadata("Văn bản ký số " + UUID.randomUUID()),
                Api.Part.pdf("ky-so.pdf", pdf));
        assertEquals(201, r.status(), r.text());
        JsonNode att = r.json().get("attachments").get(0);
        Api.Reply report = Api.get("vanthu", "/api/incoming/" + r.json().get("id").asLong() + "/attachments/"
                + att.get("id").asLong() + "/signature-report");
        assertEquals(200, report.status(), report.text());
        return report.json();
    }

    @Test
    void aTestPkiSignatureIsUntrustedBeforeTheRootIsUploadedAndValidAfter() throws Exception {
        TestPki.Identity signer = pki.signer("CN=Đỗ Thị Đối Tác,O=Sở Tài chính,C=VN");
        byte[] signed = new PdfSigningService(SigningConfig.defaults()).sign(Pdfs.onePage("doi tac"), signer.keySource(),
                SignRequest.of(PadesLevel.B_B, Appearance.invisible()));

        JsonNode before = registerSigned(signed);
        assertFalse(before.get("valid").asBoolean());
        assertEquals("UNTRUSTED", before.get("signatures").get(0).get("chain").get("status").asText(), before.toString());

        Api.Reply added = SigningSetup.uploadAnchor(SigningSetup.ADMIN, pki.root);
        assertEquals(200, added.status(), added.text());
        JsonNode anchor = null;
        for (JsonNode a : added.json().get("trustAnchors")) {
            if (a.get("subject").asText().equals("CN=CongVan Test Root CA,O=CongVan Test,C=VN") && a.get("id").isNumber()
                    && a.get("notAfter").asText().length() > 0) {
                anchor = a;
            }
        }
        assertTrue(anchor != null, added.text());
        assertEquals(64, anchor.get("sha256").asText().length());
        assertTrue(anchor.get("selfSigned").asBoolean());
        Api.Reply again = SigningSetup.uploadAnchor(SigningSetup.ADMIN, pki.root);
        assertEquals(409, again.status(), again.text());

        // trusted now, but no revocation data yet
        JsonNode noCrl = registerSigned(signed);
        assertEquals("TRUSTED", noCrl.get("signatures").get(0).get("chain").get("status").asText(), noCrl.toString());

        for (String crl : List.of("root.crl", "intermediate.crl")) {
            Api.Reply c = Api.post(SigningSetup.ADMIN, "/api/signing-config/crls", "application/pkix-crl",
                    SigningSetup.fetch(pki.baseUrl() + "/crl/" + crl));
            assertEquals(200, c.status(), c.text());
        }
        JsonNode after = registerSigned(signed);
        assertTrue(after.get("valid").asBoolean(), after.toString());
        assertEquals("GOOD", after.get("signatures").get(0).get("revocation").get("status").asText());

        // removing the anchor applies at once too
        Api.Reply removed = Api.delete(SigningSetup.ADMIN, "/api/signing-config/trust-anchors/" + anchor.get("id").asLong());
        assertEquals(200, removed.status(), removed.text());
        assertEquals("UNTRUSTED", registerSigned(signed).get("signatures").get(0).get("chain").get("status").asText());
        assertEquals(404, Api.delete(SigningSetup.ADMIN, "/api/signing-config/trust-anchors/" + anchor.get("id").asLong()).status());
        assertEquals(200, SigningSetup.uploadAnchor(SigningSetup.ADMIN, pki.root).status());

        JsonNode history = Api.get(SigningSetup.ADMIN, "/api/signing-config/history").json();
        String log = history.toString();
        assertTrue(log.contains("trust anchor added: CN=CongVan Test Root CA"), log);
        assertTrue(log.contains("trust anchor removed: CN=CongVan Test Root CA"), log);
        assertTrue(log.contains("CRL added"), log);
    }

    @Test
    void badInputIsRefusedAndNothingIsSaved() {
        int anchors = SigningSetup.config().get("trustAnchors").size();
        Api.Reply notCert = Api.post(SigningSetup.ADMIN, "/api/signing-config/trust-anchors", "application/x-pem-file",
                "-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydA==\n-----END CERTIFICATE-----\n".getBytes(StandardCharsets.US_ASCII));
        assertEquals(422, notCert.status(), notCert.text());
        assertEquals("signingAdmin.anchor.notCertificate", notCert.json().get("errors").get(0).get("code").asText());
        Api.Reply leaf = SigningSetup.uploadAnchor(SigningSetup.ADMIN, pki.signer("CN=Không phải CA,C=VN").cert());
        assertEquals(422, leaf.status(), leaf.text());
        assertEquals("signingAdmin.anchor.notCa", leaf.json().get("errors").get(0).get("code").asText());
        Api.Reply notCrl = Api.post(SigningSetup.ADMIN, "/api/signing-config/crls", "application/pkix-crl", new byte[]{1, 2, 3});
        assertEquals(422, notCrl.status(), notCrl.text());
        assertEquals(anchors, SigningSetup.config().get("trustAnchors").size());

        Api.Reply badUrl = Api.postJson(SigningSetup.ADMIN, "/api/signing-config/remote-services",
                Map.of("name", "X", "baseUrl", "ftp://example/csc", "timeoutSeconds", 5));
        assertEquals(422, badUrl.status(), badUrl.text());
        Api.Reply badTimeout = Api.postJson(SigningSetup.ADMIN, "/api/signing-config/remote-services",
                Map.of("name", "X", "baseUrl", "https://ky-so.example.vn/csc/v2", "timeoutSeconds", 0));
        assertEquals(422, badTimeout.status(), badTimeout.text());
        assertFalse(SigningSetup.config().toString().contains("ky-so.example.vn"));

        Api.Reply level = Api.putJson(SigningSetup.ADMIN, "/api/signing-config/default-level", Map.of("level", "B-XYZ"));
        assertEquals(422, level.status(), level.text());
        Api.Reply english = Api.putJson(SigningSetup.ADMIN, "/api/signing-config/tsa", Map.of("url", "not a url"));
        assertEquals(422, english.status());
        assertEquals("url", english.json().get("errors").get(0).get("field").asText());
    }

    @Test
    void onlyAdministratorsConfigureSigning() {
        assertEquals(403, Api.get("lanhdao", "/api/signing-config").status());
        assertEquals(403, SigningSetup.uploadAnchor("vanthu", pki.root).status());
        assertEquals(403, Api.putJson("chuyenvien", "/api/signing-config/revocation", Map.of("onlineRevocation", true)).status());
        assertEquals(401, Api.get(null, "/api/signing-config").status());
    }

    @Test
    void theTsaIsTestedAndEnablesTimestampedLevels() {
        // levels that need a TSA are refused while none is configured
        Api.Reply none = Api.delete(SigningSetup.ADMIN, "/api/signing-config/tsa");
        if (none.status() == 409) {   // a previous run left B-T as the default
            SigningSetup.level("B-B");
            none = Api.delete(SigningSetup.ADMIN, "/api/signing-config/tsa");
        }
        assertEquals(200, none.status(), none.text());
        Api.Reply refused = Api.putJson(SigningSetup.ADMIN, "/api/signing-config/default-level", Map.of("level", "B-LT"));
        assertEquals(422, refused.status(), refused.text());
        assertEquals("signingAdmin.level.needsTsa", refused.json().get("errors").get(0).get("code").asText());
        assertEquals(409, Api.post(SigningSetup.ADMIN, "/api/signing-config/tsa/test", "application/json", new byte[0]).status());

        Map<String, Object> tsa = new HashMap<>();
        tsa.put("url", pki.tsaUrl());
        tsa.put("username", "tsa-user");
        tsa.put("password", "tsa-secret");
        tsa.put("hashAlgorithm", "SHA-384");
        Api.Reply set = Api.putJson(SigningSetup.ADMIN, "/api/signing-config/tsa", tsa);
        assertEquals(200, set.status(), set.text());
        assertTrue(set.json().get("tsa").get("hasPassword").asBoolean());
        assertFalse(set.text().contains("tsa-secret"), "the password is never shown");

        int requests = pki.tsaRequests.get();
        Api.Reply test = Api.post(SigningSetup.ADMIN, "/api/signing-config/tsa/test", "application/json", new byte[0]);
        assertEquals(200, test.status(), test.text());
        assertTrue(test.json().get("authority").asText().contains("CongVan Test TSA"), test.text());
        assertEquals("SHA-384", test.json().get("hashAlgorithm").asText());
        assertTrue(test.json().get("time").asText().endsWith("+07:00"), test.text());
        assertEquals(requests + 1, pki.tsaRequests.get());

        SigningSetup.level("B-T");
        assertEquals("B-T", SigningSetup.config().get("defaultLevel").asText());
        Api.Reply inUse = Api.delete(SigningSetup.ADMIN, "/api/signing-config/tsa");
        assertEquals(409, inUse.status(), inUse.text());
        SigningSetup.level("B-B");

        // a TSA that does not answer gives a clear error
        tsa.put("url", "http://127.0.0.1:9/tsa");
        assertEquals(200, Api.putJson(SigningSetup.ADMIN, "/api/signing-config/tsa", tsa).status());
        Api.Reply down = Api.post(SigningSetup.ADMIN, "/api/signing-config/tsa/test", "application/json", new byte[0]);
        assertEquals(422, down.status(), down.text());
        assertEquals("signingAdmin.tsa.failed", down.json().get("code").asText());
        String log = Api.get(SigningSetup.ADMIN, "/api/signing-config/history").text();
        assertTrue(log.contains("TSA set: " + pki.tsaUrl()), log);
        assertTrue(log.contains("default PAdES level B-T"), log);
    }

    @Test
    void theOnlineRevocationSwitchIsStoredAndLogged() {
        boolean was = SigningSetup.config().get("onlineRevocation").asBoolean();
        Api.Reply r = Api.putJson(SigningSetup.ADMIN, "/api/signing-config/revocation", Map.of("onlineRevocation", !was));
        assertEquals(200, r.status(), r.text());
        assertEquals(!was, r.json().get("onlineRevocation").asBoolean());
        Api.Reply back = Api.putJson(SigningSetup.ADMIN, "/api/signing-config/revocation", Map.of("onlineRevocation", was));
        assertEquals(was, back.json().get("onlineRevocation").asBoolean());
        assertTrue(Api.get(SigningSetup.ADMIN, "/api/signing-config/history").text().contains("online revocation"));
    }
}
