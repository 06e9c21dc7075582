package vn.congvan.it;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvan.signing.testpki.SharedPki;
import vn.congvan.signing.testpki.TestPki;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The profile page's key source and "Ký thử", and the administrator's page, in Chromium. */
class SigningBrowserIT {

    @Test
    void aClerkRegistersAKeyAndTestSignsInTheBrowser(@TempDir Path dir) throws Exception {
        TestPki pki = SharedPki.get();
        SigningSetup.trustOnce(pki);
        SigningSetup.level("B-B");
        TestPki.Identity id = pki.signer("CN=Nguyễn Thị Văn Thư,O=UBND tỉnh Hà Giang,C=VN");
        Path p12 = dir.resolve("van-thu.p12");
        id.writePkcs12(p12, "mk-van-thu".toCharArray());
        SigningSetup.uploadImage("vanthu");
        try (Browser browser = new Browser(); BrowserContext ctx = browser.newContext()) {
            Page page = Browser.login(ctx, "/app/profile.xhtml", "vanthu", Api.PASSWORD);
            assertThat(page.locator("h1")).hasText("Chữ ký số của tôi");
            assertThat(page.locator("#nav-signing-admin")).hasCount(0);

            page.locator("#key input[type=file]").setInputFiles(new FilePayload("van-thu.p12", "application/x-pkcs12",
                    Files.readAllBytes(p12)));
            page.fill("#key\\:password", "mk-van-thu");
            page.click("#key\\:register");
            assertThat(page.locator(".ui-messages-info")).containsText("Đã đăng ký khóa ký số");
            assertThat(page.locator("#cert-subject")).containsText("Nguyễn Thị Văn Thư");
            assertThat(page.locator("#cert-key-usage")).containsText("digitalSignature");

            page.fill("#test\\:secret", "sai");
            page.click("#test\\:sign");
            assertThat(page.locator(".ui-messages-error")).containsText("Dữ liệu chưa hợp lệ");
            assertThat(page.locator("#test")).containsText("Mật khẩu hoặc mã PIN không đúng");

            page.fill("#test\\:secret", "mk-van-thu");
            page.click("#test\\:sign");
            assertThat(page.locator("#test-status")).hasText("VALID");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("07-ky-thu")).setFullPage(true));
            var download = page.waitForDownload(() -> page.click("#test\\:download"));
            byte[] pdf = Files.readAllBytes(download.path());
            assertTrue(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        }
    }

    @Test
    void theAdministratorsPage() {
        try (Browser browser = new Browser(); BrowserContext ctx = browser.newContext()) {
            Page page = Browser.login(ctx, "/app/profile.xhtml", "quantri", Api.PASSWORD);
            page.click("#nav-signing-admin");
            assertThat(page.locator("h1")).hasText("Cấu hình chữ ký số");
            page.locator("#anchors input[type=file]").setInputFiles(new FilePayload("khong-phai.pem", "application/x-pem-file",
                    "hello".getBytes(StandardCharsets.US_ASCII)));
            page.click("#anchors\\:add");
            assertThat(page.locator(".ui-messages-error")).containsText("Dữ liệu chưa hợp lệ");
            assertThat(page.locator("#anchors")).containsText("không phải chứng thư số");

            page.fill("#libraries\\:path", "relative/lib.so");
            page.click("#libraries\\:add");
            assertThat(page.locator("#libraries")).containsText("đường dẫn tuyệt đối");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("08-cau-hinh-chu-ky-so")).setFullPage(true));
        }
        try (Browser browser = new Browser(); BrowserContext ctx = browser.newContext()) {
            // the administration pages are for administrators only (web.xml): a leader gets 403 and no form
            Page page = Browser.login(ctx, "/app/profile.xhtml", "lanhdao", Api.PASSWORD);
            assertThat(page.locator("#nav-signing-admin")).hasCount(0);
            com.microsoft.playwright.Response forbidden = page.navigate(Api.BASE + "/app/admin/chu-ky-so.xhtml");
            assertEquals(403, forbidden.status());
            assertEquals(0, page.locator("#anchors").count());
        }
    }
}
