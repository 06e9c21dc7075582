package vn.congvan.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvan.signing.pki.DemoPki;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each user keeps what they sign with: a transparent PNG signature image and a checked PKCS#12 key. */
class SignerProfileIT {

    private static final char[] PASSWORD = "mat-khau-khoa".toCharArray();
    private static byte[] p12;

    @BeforeAll
    static void key(@TempDir Path dir) throws Exception {
        p12 = Files.readAllBytes(DemoPki.write(dir, PASSWORD, "Trần Văn Minh", "UBND tỉnh Mẫu").pkcs12());
    }

    static byte[] png(int type) throws Exception {
        BufferedImage img = new BufferedImage(120, 50, type);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0x1a, 0x3c, 0xb4));
        g.drawLine(5, 40, 110, 10);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, type == BufferedImage.TYPE_INT_RGB ? "png" : "png", out);
        return out.toByteArray();
    }

    @Test
    void aTransparentPngIsKeptAndServedBack() throws Exception {
        byte[] image = png(BufferedImage.TYPE_INT_ARGB);
        Api.Reply r = Api.put("lanhdao", "/api/me/signature-image", "image/png", image);
        assertEquals(200, r.status(), r.text());
        assertTrue(r.json().get("hasSignatureImage").asBoolean());
        Api.Reply back = Api.get("lanhdao", "/api/me/signature-image");
        assertEquals(200, back.status());
        assertArrayEquals(image, back.body());
    }

    @Test
    void wrongImagesAreRefused() throws Exception {
        Api.Reply opaque = Api.put("truongphong", "/api/me/signature-image", "image/png", png(BufferedImage.TYPE_INT_RGB));
        assertEquals(422, opaque.status(), opaque.text());
        assertEquals("signature.image.noTransparency", opaque.json().get("errors").get(0).get("code").asText());

        Api.Reply notPng = Api.put("truongphong", "/api/me/signature-image", "image/png",
                "GIF89a not a png".getBytes(StandardCharsets.US_ASCII));
        assertEquals(415, notPng.status());
        assertEquals("signature.image.notPng", notPng.json().get("code").asText());

        Api.Reply broken = Api.put("truongphong", "/api/me/signature-image", "image/png",
                java.util.Arrays.copyOf(png(BufferedImage.TYPE_INT_ARGB), 40));
        assertEquals(415, broken.status());

        Api.Reply huge = Api.put("truongphong", "/api/me/signature-image", "image/png", new byte[1024 * 1024 + 1]);
        assertEquals(413, huge.status());
        assertEquals(401, Api.put(null, "/api/me/signature-image", "image/png", png(BufferedImage.TYPE_INT_ARGB)).status());
    }

    @Test
    void aPkcs12KeyIsCheckedAndRegistered() {
        Api.Reply wrong = Api.postMultipart("lanhdao", "/api/me/signing-key",
                List.of(new Api.Part("khoa.p12", "application/x-pkcs12", p12),
                        new Api.Part(null, "text/plain; charset=UTF-8", "sai".getBytes(StandardCharsets.UTF_8))),
                List.of("file", "password"));
        assertEquals(422, wrong.status(), wrong.text());
        assertEquals("password", wrong.json().get("errors").get(0).get("field").asText());
        assertEquals("signature.key.wrongPassword", wrong.json().get("errors").get(0).get("code").asText());

        Api.Reply garbage = Api.postMultipart("lanhdao", "/api/me/signing-key",
                List.of(new Api.Part("khoa.p12", "application/x-pkcs12", "not a key".getBytes(StandardCharsets.UTF_8)),
                        new Api.Part(null, "text/plain", "x".getBytes(StandardCharsets.UTF_8))),
                List.of("file", "password"));
        assertEquals(422, garbage.status(), garbage.text());

        Api.Reply ok = Api.postMultipart("lanhdao", "/api/me/signing-key",
                List.of(new Api.Part("khoa.p12", "application/x-pkcs12", p12),
                        new Api.Part(null, "text/plain; charset=UTF-8", new String(PASSWORD).getBytes(StandardCharsets.UTF_8))),
                List.of("file", "password"));
        assertEquals(200, ok.status(), ok.text());
        JsonNode p = ok.json();
        assertEquals("P12", p.get("signingKeyKind").asText());
        assertTrue(p.get("certificateSubject").asText().contains("Trần Văn Minh"), p.toString());
        assertEquals("P12", Api.get("lanhdao", "/api/me/signer").json().get("signingKeyKind").asText());
    }

    @Test
    void aLeaderUploadsTheSignatureImageInTheBrowser() throws Exception {
        byte[] image = png(BufferedImage.TYPE_INT_ARGB);
        try (Browser browser = new Browser(); BrowserContext ctx = browser.newContext()) {
            Page page = Browser.login(ctx, "/app/profile.xhtml", "lanhdao", Api.PASSWORD);
            assertThat(page.locator("h1")).hasText("Chữ ký số của tôi");

            page.locator("#img input[type=file]").setInputFiles(new FilePayload("chu-ky.jpg", "image/jpeg",
                    "\u00ff\u00d8 not a png".getBytes(StandardCharsets.ISO_8859_1)));
            page.click("#img\\:upload");
            assertThat(page.locator(".ui-messages-error")).containsText("Ảnh chữ ký phải là tệp PNG");

            page.locator("#img input[type=file]").setInputFiles(new FilePayload("chu-ky.png", "image/png", image));
            page.click("#img\\:upload");
            assertThat(page.locator(".ui-messages-info")).containsText("Đã lưu ảnh chữ ký");
            assertThat(page.locator("#signature-preview")).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("06-chu-ky-so-cua-toi")).setFullPage(true));
        }
    }
}
