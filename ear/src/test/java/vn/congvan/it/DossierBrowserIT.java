package vn.congvan.it;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
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

/**
 * In a real browser: creating a dossier (with a refused empty title first), putting a document in it
 * from the document's page, uploading a new version of its file, deleting and restoring the file,
 * closing and exporting the dossier.
 */
class DossierBrowserIT {

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
    void clerkBuildsADossierFromADocumentPageAndManagesTheFileVersions() {
        String t = UUID.randomUUID().toString().substring(0, 6);
        String subject = "Về việc lập hồ sơ dự án đường " + t;
        Api.Reply r = Api.register(Api.basic("vanthu"), Api.metadata(subject),
                Api.Part.pdf("to-trinh-du-an.pdf", Pdfs.onePage("To trinh " + t)));
        assertEquals(201, r.status(), r.text());
        long doc = r.json().get("id").asLong();
        String code = "HS-" + t;
        String title = "Hồ sơ dự án đường Trần Hưng Đạo " + t;

        try (BrowserContext ctx = browser.newContext()) {
            Page page = Browser.login(ctx, "/app/dossiers/new.xhtml", "vanthu", Api.PASSWORD);
            assertThat(page.locator("h1")).hasText("Lập hồ sơ");
            page.fill("#dossier\\:code", code);
            page.click("#dossier\\:submit");
            assertThat(page.locator("#dossier\\:titleMsg")).containsText("Trường này là bắt buộc");
            page.fill("#dossier\\:title", title);
            page.fill("#dossier\\:notes", "Hồ sơ thí điểm");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("20-lap-ho-so")).setFullPage(true));
            page.click("#dossier\\:submit");
            assertThat(page.locator("#dossier-code")).hasText(code);
            assertThat(page.locator("#dossier-title")).hasText(title);
            assertThat(page.locator("#dossier-status")).hasText("Đang mở");

            // "Thêm vào hồ sơ" from the document's page
            page.navigate(Api.BASE + "/app/incoming/view.xhtml?id=" + doc);
            assertThat(page.locator("#subject")).hasText(subject);
            Browser.choose(page, "#toDossier\\:dossierId", code);
            page.click("#toDossier\\:add-to-dossier");
            assertThat(page.locator(".ui-messages-info")).containsText("Đã thêm văn bản vào hồ sơ " + code);
            assertThat(page.locator("a.in-dossier")).containsText(code);

            // a new version of the file: the old one stays in the list and downloadable
            assertThat(page.locator(".file-version")).hasText("1");
            page.locator("#files input[type=file]").setInputFiles(new FilePayload("to-trinh-du-an-sua.pdf",
                    "application/pdf", Pdfs.onePage("To trinh sua " + t)));
            page.click("#files\\:upload-button");
            assertThat(page.locator(".ui-messages-info")).containsText("Đã tải lên phiên bản mới");
            assertThat(page.locator(".file-version")).hasText("2");
            assertThat(page.locator(".version-row")).hasCount(2);
            assertThat(page.locator(".version-row").nth(1).locator("a.version-download")).hasText("to-trinh-du-an.pdf");
            assertThat(page.locator("a.download")).hasText("to-trinh-du-an-sua.pdf");
            page.locator("#files").screenshot(new Locator.ScreenshotOptions().setPath(Browser.screenshot("21-phien-ban-tep")));
            Download old = page.waitForDownload(() -> page.locator(".version-row").nth(1).locator("a.version-download").click());
            assertEquals("to-trinh-du-an.pdf", old.suggestedFilename());

            // soft delete and restore
            page.click(".delete-file");
            assertThat(page.locator(".deleted-file")).hasCount(1);
            assertThat(page.locator(".file-entry")).hasCount(0);
            page.locator("#files").screenshot(new Locator.ScreenshotOptions().setPath(Browser.screenshot("22-tep-da-xoa")));
            page.click(".restore-file");
            assertThat(page.locator(".ui-messages-info")).containsText("Đã khôi phục tệp");
            assertThat(page.locator(".file-version")).hasText("2");
            assertThat(page.locator("#history")).containsText("Tải lên phiên bản mới");
            assertThat(page.locator("#history")).containsText("Khôi phục tệp");

            // the dossier: its document, export, close
            page.click("a.in-dossier");
            assertThat(page.locator("#document-count")).hasText("1");
            assertThat(page.locator("td.subject")).hasText(subject);
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("23-ho-so")).setFullPage(true));
            Download zip = page.waitForDownload(() -> page.click("#export"));
            assertTrue(zip.suggestedFilename().endsWith(".zip"), zip.suggestedFilename());
            assertTrue(zip.suggestedFilename().contains("Trần Hưng Đạo"), zip.suggestedFilename());
            page.click("#dossier\\:close");
            assertThat(page.locator("#dossier-status")).hasText("Đã đóng");
            assertThat(page.locator("#dossier-history")).containsText("Đóng hồ sơ");
            assertThat(page.locator("#dossier-history")).containsText("Xuất hồ sơ");
            assertThat(page.locator("#dossier\\:close")).hasCount(0);
            assertThat(page.locator(".remove-document")).hasCount(0);

            page.click("#nav-dossiers");
            Locator row = page.locator("tr", new Page.LocatorOptions().setHasText(code));
            assertThat(row.locator(".document-count")).hasText("1");
            assertThat(row.locator(".dossier-status")).hasText("Đã đóng");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("24-danh-sach-ho-so")).setFullPage(true));
        }
    }

    @Test
    void aSecretDocumentRegisteredInTheBrowserIsInvisibleToAnUnclearedClerk() {
        String subject = "Về việc bảo vệ bí mật nhà nước " + UUID.randomUUID().toString().substring(0, 6);
        String url;
        try (BrowserContext ctx = browser.newContext()) {
            Page page = Browser.login(ctx, "/app/incoming/new.xhtml", "vanthu.mat", Api.PASSWORD);
            // Browser.choose tries again when the panel closed before the click (a run on a loaded machine once
            // left the secrecy menu on "Thường" after a plain click on "Tối mật")
            Browser.choose(page, "#form\\:registerId", "Sổ đăng ký văn bản mật đến");
            assertThat(page.locator("#form\\:registerId_panel")).isHidden();
            Browser.choose(page, "#form\\:secrecy", "Tối mật");
            assertThat(page.locator("#form\\:secrecy_label")).hasText("Tối mật");
            assertThat(page.locator("#form\\:secrecy_panel")).isHidden();
            page.fill("#form\\:organName", "Bộ Công an");
            page.fill("#form\\:subject", subject);
            page.locator("input[type=file]").setInputFiles(new FilePayload("mat.pdf", "application/pdf",
                    Pdfs.onePage("Toi mat")));
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("25-vao-so-van-ban-mat")).setFullPage(true));
            page.click("#form\\:submit");
            assertThat(page.locator("#subject")).hasText(subject);
            assertThat(page.locator("#secrecy")).hasText("Tối mật");
            url = page.url();
        }
        try (BrowserContext ctx = browser.newContext()) {
            Page page = Browser.login(ctx, url.substring(url.indexOf("/app/")), "vanthu", Api.PASSWORD);
            assertThat(page.locator(".ui-messages-error")).containsText("Không tìm thấy văn bản");
            assertThat(page.locator("#subject")).hasCount(0);
            page.navigate(Api.BASE + "/app/incoming/register.xhtml");
            assertThat(page.locator("#list\\:registerId_items li:has-text('mật')")).hasCount(0);
        }
    }
}
