package vn.congvan.it;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The clerk's day in a real browser: log in, register an incoming document with a PDF, find it in the register. */
class IncomingBrowserIT {

    private static Browser browser;

    @BeforeAll
    static void start() {
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void clerkRegistersADocumentWithAPdfAndFindsItInTheRegister() {
        String subject = "Về việc triển khai phần mềm quản lý văn bản " + UUID.randomUUID().toString().substring(0, 8);
        try (BrowserContext ctx = browser.newContext()) {
            Page page = ctx.newPage();
            page.navigate(Api.BASE + "/");
            assertThat(page.locator("#login-submit")).hasText("Đăng nhập");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("01-dang-nhap")));
            page.fill("#j_username", "vanthu");
            page.fill("#j_password", Api.PASSWORD);
            page.click("#login-submit");

            assertThat(page.locator("h1")).hasText("Sổ đăng ký văn bản đến");
            page.click("#nav-new");
            assertThat(page.locator("h1")).hasText("Vào sổ văn bản đến");

            page.fill("#form\\:organName", "Sở Thông tin và Truyền thông");
            page.fill("#form\\:codeNumber", "245");
            page.fill("#form\\:codeNotation", "STTTT-CĐS");
            page.fill("#form\\:subject", subject);
            page.fill("#form\\:signerFullName", "Vũ Thị Hà");
            page.fill("#form\\:signerPosition", "Giám đốc");
            page.locator("input[type=file]").setInputFiles(new FilePayload("cong-van-245.pdf", "application/pdf",
                    Pdfs.onePage("Cong van 245/STTTT-CDS")));
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("02-vao-so-van-ban-den")).setFullPage(true));
            page.click("#form\\:submit");

            assertThat(page.locator("#subject")).hasText(subject);
            assertThat(page.locator(".ui-messages-info")).containsText("Đã vào sổ: số đến");
            String number = page.locator("#arrival-number").textContent().trim();
            assertTrue(number.matches("\\d+"), number);
            assertThat(page.locator("#number-notation")).hasText("245/STTTT-CĐS");
            assertThat(page.locator("a.download")).hasText("cong-van-245.pdf");
            assertThat(page.locator(".signature-status")).hasText("Không có chữ ký số");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("03-van-ban-den")).setFullPage(true));

            // the file downloads with the browser's session
            com.microsoft.playwright.Download download = page.waitForDownload(() -> page.click("a.download"));
            assertEquals("cong-van-245.pdf", download.suggestedFilename());

            page.click("#nav-register");
            Locator row = page.locator("tr", new Page.LocatorOptions().setHasText(subject));
            assertThat(row).hasCount(1);
            assertThat(row.locator(".arrival-number")).hasText(number);
            assertThat(row.locator(".number-notation")).hasText("245/STTTT-CĐS");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("04-so-van-ban-den")).setFullPage(true));
        }
    }

    @Test
    void aMissingSubjectAndAFakePdfAreShownInVietnameseAndNothingIsSaved() {
        long before = Api.defaultRegister("vanthu").get("nextNumber").asLong();
        try (BrowserContext ctx = browser.newContext()) {
            Page page = Browser.login(ctx, "/app/incoming/register.xhtml", "vanthu", Api.PASSWORD);
            page.click("#nav-new");
            page.fill("#form\\:organName", "Bộ Tài chính");
            page.click("#form\\:submit");
            assertThat(page.locator(".ui-messages-error")).containsText("Dữ liệu chưa hợp lệ");
            assertThat(page.locator("#form\\:subjectMsg")).containsText("Trường này là bắt buộc.");

            page.fill("#form\\:subject", "Tệp giả");
            page.locator("input[type=file]").setInputFiles(new FilePayload("gia.pdf", "application/pdf",
                    "%PDF-1.4 not a pdf".getBytes()));
            page.click("#form\\:submit");
            assertThat(page.locator(".ui-messages-error")).containsText("không phải là tệp PDF hợp lệ");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("05-loi-tep-khong-hop-le")).setFullPage(true));
        }
        assertEquals(before, Api.defaultRegister("vanthu").get("nextNumber").asLong());
    }

    @Test
    void wrongPasswordIsRefusedAndTheUiSwitchesToEnglish() {
        try (BrowserContext ctx = browser.newContext()) {
            Page page = Browser.login(ctx, "/app/incoming/register.xhtml", "vanthu", "sai");
            assertThat(page.locator("#login-error")).containsText("không đúng");
            page.fill("#j_username", "lanhdao");
            page.fill("#j_password", Api.PASSWORD);
            page.click("#login-submit");
            assertThat(page.locator("h1")).hasText("Sổ đăng ký văn bản đến");
            assertThat(page.locator("#nav-new")).hasCount(0);
            page.click("#hdr\\:lang-en");
            assertThat(page.locator("h1")).hasText("Register of incoming documents");
        }
    }
}
