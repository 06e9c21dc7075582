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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In a real browser: the clerk issues an outgoing document with the notation previewed, views it and
 * withdraws it; the administrator opens a register, sets its notation pattern and closes it.
 */
class OutgoingBrowserIT {

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

    /** Picks an item of a PrimeFaces selectOneMenu by its visible label. */
    private static void choose(Page page, String menuId, String label) {
        Browser.choose(page, "#form\\:" + menuId, label);
    }

    @Test
    void clerkIssuesAnOutgoingDocumentSeesItsNotationAndWithdrawsIt() {
        String subject = "Kế hoạch chuyển đổi số năm 2027 " + UUID.randomUUID().toString().substring(0, 8);
        try (BrowserContext ctx = browser.newContext()) {
            Page page = Browser.login(ctx, "/app/outgoing/register.xhtml", "vanthu", Api.PASSWORD);
            assertThat(page.locator("h1")).hasText("Sổ đăng ký văn bản đi");
            page.click("#nav-new-outgoing");
            assertThat(page.locator("h1")).hasText("Vào sổ văn bản đi");

            // công văn by default: its pattern needs the drafting unit, and the preview says so
            assertThat(page.locator("#notation-preview")).containsText("đơn vị soạn thảo");
            choose(page, "draftingDepartmentId", "Văn phòng");
            assertThat(page.locator("#notation-preview")).containsText("/UBND-VP");
            choose(page, "documentType", "Kế hoạch (KH)");
            assertThat(page.locator("#notation-preview")).containsText("/KH-UBND");
            String preview = page.locator("#notation-preview").textContent().trim();
            assertTrue(preview.matches("\\d{2,}/KH-UBND"), preview);

            page.fill("#form\\:subject", subject);
            page.fill("#form\\:signerFullName", "Trần Văn Minh");
            page.fill("#form\\:signerPosition", "Chủ tịch");
            page.locator("#form\\:internalRecipients li", new Page.LocatorOptions().setHasText("Phòng Kinh tế")).click();
            page.fill("#form\\:externalRecipients", "Sở Thông tin và Truyền thông tỉnh Mẫu\nSở Tài chính tỉnh Mẫu");
            page.fill("#form\\:issuedAmount_input", "4");
            page.fill("#form\\:archiveHolder", "VT, VP");
            page.locator("input[type=file]").setInputFiles(new FilePayload("ke-hoach.pdf", "application/pdf",
                    Pdfs.onePage("Ke hoach chuyen doi so")));
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("20-vao-so-van-ban-di")).setFullPage(true));
            page.click("#form\\:submit");

            assertThat(page.locator("#subject")).hasText(subject);
            assertThat(page.locator(".ui-messages-info")).containsText("Đã vào sổ văn bản đi");
            String notation = page.locator("#number-notation").textContent().trim();
            assertTrue(notation.matches("\\d{2,}/KH-UBND"), notation);
            assertThat(page.locator("#recipients")).hasText(
                    "Phòng Kinh tế; Sở Thông tin và Truyền thông tỉnh Mẫu; Sở Tài chính tỉnh Mẫu");
            assertThat(page.locator("a.download")).hasText("ke-hoach.pdf");
            assertThat(page.locator(".signature-status")).hasText("Không có chữ ký số");
            assertThat(page.locator("#history .history-REGISTERED")).hasCount(1);
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("21-van-ban-di")).setFullPage(true));

            // withdrawing needs a reason
            page.click("#withdraw-form\\:withdraw");
            page.click("#withdraw-form\\:confirm-yes");
            assertThat(page.locator("#withdraw-form\\:reasonMsg")).containsText("bắt buộc");
            page.fill("#withdraw-form\\:reason", "Ban hành nhầm phiên bản dự thảo");
            page.click("#withdraw-form\\:withdraw");
            page.click("#withdraw-form\\:confirm-yes");
            assertThat(page.locator("#status")).hasText("Đã thu hồi");
            assertThat(page.locator("#withdraw-reason")).hasText("Ban hành nhầm phiên bản dự thảo");
            assertThat(page.locator("#number-notation")).hasText(notation);
            assertThat(page.locator("#history .history-WITHDRAWN")).containsText("Thu hồi");
            assertThat(page.locator("#withdraw-form")).hasCount(0);
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("22-thu-hoi-van-ban-di")).setFullPage(true));

            page.click("#nav-outgoing");
            Locator row = page.locator("tr", new Page.LocatorOptions().setHasText(subject));
            assertThat(row).hasCount(1);
            assertThat(row.locator(".number-notation")).hasText(notation);
            assertThat(row.locator(".status")).hasText("Đã thu hồi");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("23-so-van-ban-di")).setFullPage(true));
        }
    }

    @Test
    void administratorOpensARegisterSetsItsPatternAndClosesIt() {
        String code = "UI" + System.nanoTime() % 1_000_000_000L;
        try (BrowserContext ctx = browser.newContext()) {
            Page page = Browser.login(ctx, "/app/admin/registers.xhtml", "quantri", Api.PASSWORD);
            assertThat(page.locator("h1")).hasText("Sổ văn bản");
            page.fill("#create\\:code", code);
            page.fill("#create\\:name", "Sổ quy phạm pháp luật " + code);
            page.click("#create\\:create-register");
            assertThat(page.locator(".ui-messages-info")).containsText("Đã mở sổ");
            Locator row = page.locator("#registers\\:table tr", new Page.LocatorOptions().setHasText(code));
            assertThat(row).hasCount(1);
            assertThat(row.locator(".patterns")).containsText("{number}/{type}-{agency}");

            row.locator(".edit-pattern").click();
            page.fill("#pattern\\:notationPattern", "{number}/{year}/{loai}-{agency}");
            page.click("#pattern\\:save-pattern");
            assertThat(page.locator(".ui-messages-error")).containsText("Dữ liệu chưa hợp lệ");
            assertThat(page.locator("#pattern")).containsText("thành phần không biết: {loai}");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("31-mau-ky-hieu-loi")).setFullPage(true));
            page.fill("#pattern\\:notationPattern", "{number}/{year}/{type}-{agency}");
            page.click("#pattern\\:save-pattern");
            assertThat(page.locator(".ui-messages-info")).containsText("Đã lưu mẫu ký hiệu");
            row = page.locator("#registers\\:table tr", new Page.LocatorOptions().setHasText(code));
            assertThat(row.locator(".patterns")).containsText("{number}/{year}/{type}-{agency}");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("30-so-van-ban")).setFullPage(true));

            row.locator(".close-register").click();
            page.click("#registers\\:confirm-yes");
            assertThat(page.locator(".ui-messages-info")).containsText("Đã đóng sổ");
            row = page.locator("#registers\\:table tr", new Page.LocatorOptions().setHasText(code));
            assertThat(row.locator(".state")).hasText("Đã đóng sổ");
            assertThat(row.locator(".close-register")).hasCount(0);
            assertThat(row.locator(".edit-pattern")).hasCount(0);
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("32-dong-so")).setFullPage(true));
        }
    }
}
