package vn.congvan.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvan.signing.PadesLevel;
import vn.congvan.signing.PdfSigningService;
import vn.congvan.signing.SignRequest;
import vn.congvan.signing.SigningConfig;
import vn.congvan.signing.appearance.Appearance;
import vn.congvan.signing.keys.Pkcs12KeySource;
import vn.congvan.signing.pki.DemoPki;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every signed PDF that arrives is verified on registration against the trust anchors the
 * administrator put in {@code <data dir>/trust}; the result is stored and shown with the file.
 */
class SignedPdfIT {

    private static final char[] PASSWORD = "demo-pass".toCharArray();
    private static DemoPki.Result pki;
    private static Pkcs12KeySource key;

    @BeforeAll
    static void demoPki(@TempDir Path dir) throws Exception {
        pki = DemoPki.write(dir, PASSWORD, "Trần Văn Minh", "UBND tỉnh Đối tác");
        key = Pkcs12KeySource.open(pki.pkcs12(), PASSWORD, null);
    }

    private static byte[] signed(String text) throws Exception {
        return new PdfSigningService(SigningConfig.defaults())
                .sign(Pdfs.onePage(text), key, SignRequest.of(PadesLevel.B_B, Appearance.invisible()).withReason("Phát hành"));
    }

    private static JsonNode registerAndGetAttachment(byte[] pdf) {
        Api.Reply r = Api.register(Api.basic("vanthu"), Api.metadata("Văn bản ký số " + UUID.randomUUID()),
                Api.Part.pdf("ky-so.pdf", pdf));
        assertEquals(201, r.status(), r.text());
        return r.json();
    }

    private static void trustTheDemoRoot() throws Exception {
        Path trust = Path.of(System.getProperty("it.data.dir"), "trust");
        Files.createDirectories(trust);
        String id = pki.signer().getSerialNumber().toString(16);
        Files.copy(pki.trustAnchors(), trust.resolve("demo-" + id + ".pem"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(pki.crl(), trust.resolve("demo-" + id + ".crl"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void aSignedPdfIsVerifiedOnRegistrationAgainstTheConfiguredAnchors() throws Exception {
        // the demo root is not trusted yet: the signature is intact but cannot be trusted
        JsonNode untrusted = registerAndGetAttachment(signed("chua tin cay"));
        JsonNode att = untrusted.get("attachments").get(0);
        assertEquals(1, att.get("signatureCount").asInt());
        assertEquals("INDETERMINATE", att.get("signatureStatus").asText());

        trustTheDemoRoot();
        JsonNode trusted = registerAndGetAttachment(signed("da tin cay"));
        JsonNode ok = trusted.get("attachments").get(0);
        assertEquals("VALID", ok.get("signatureStatus").asText(), ok.toString());
        assertTrue(ok.get("signatureSummary").asText().contains("Trần Văn Minh"), ok.get("signatureSummary").asText());

        Api.Reply report = Api.get("lanhdao", "/api/incoming/" + trusted.get("id").asLong() + "/attachments/"
                + ok.get("id").asLong() + "/signature-report");
        assertEquals(200, report.status(), report.text());
        JsonNode json = report.json();
        assertTrue(json.get("valid").asBoolean());
        assertEquals("B-B", json.get("signatures").get(0).get("padesLevel").asText());
        assertEquals("TRUSTED", json.get("signatures").get(0).get("chain").get("status").asText());
    }

    @Test
    void aSignedPdfChangedAfterSigningIsMarkedInvalidButStillRegistered() throws Exception {
        trustTheDemoRoot();
        byte[] pdf = signed("noi dung goc");
        String s = new String(pdf, StandardCharsets.ISO_8859_1);
        int at = s.indexOf("noi dung goc");
        assertTrue(at > 0);
        pdf[at] = 'N';
        JsonNode doc = registerAndGetAttachment(pdf);
        JsonNode att = doc.get("attachments").get(0);
        assertEquals("INVALID", att.get("signatureStatus").asText(), att.toString());
    }

    @Test
    void anUnsignedPdfHasNoReport() {
        JsonNode doc = registerAndGetAttachment(Pdfs.onePage("khong ky"));
        JsonNode att = doc.get("attachments").get(0);
        assertEquals(0, att.get("signatureCount").asInt());
        assertTrue(att.path("signatureStatus").isMissingNode() || att.get("signatureStatus").isNull());
        Api.Reply none = Api.get("vanthu", "/api/incoming/" + doc.get("id").asLong() + "/attachments/"
                + att.get("id").asLong() + "/signature-report");
        assertEquals(404, none.status());
        assertEquals("attachment.noSignatureReport", none.json().get("code").asText());
    }
}
