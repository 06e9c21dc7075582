package vn.congvan.it;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** In a real browser: a document's history timeline, and printing the register from its page. */
class HistoryAndPrintBrowserIT {

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
    void leaderSeesTheHistoryWithTheirOwnView() {
        String subject = "Lịch sử trên trang " + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply r = Api.register(Api.basic("vanthu"), Api.metadata(subject), Api.Part.pdf("a.pdf", Pdfs.onePage("a")));
        assertEquals(201, r.status(), r.text());
        long id = r.json().get("id").asLong();
        try (BrowserContext ctx = browser.newContext()) {
            Page page = Browser.login(ctx, "/app/incoming/view.xhtml?id=" + id, "lanhdao", Api.PASSWORD);
            assertThat(page.locator("#subject")).hasText(subject);
            assertThat(page.locator("#history-section h2")).hasText("Lịch sử xử lý");
            assertThat(page.locator("#history li")).hasCount(2);
            assertThat(page.locator("#history li").nth(0)).containsText("Vào sổ");
            assertThat(page.locator("#history li").nth(0)).containsText("Nguyễn Thị Lan (vanthu)");
            assertThat(page.locator("#history li").nth(1)).containsText("Xem văn bản");
            assertThat(page.locator("#history li").nth(1)).containsText("Trần Văn Minh (lanhdao)");
            page.locator("#history-section").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                    .setPath(Browser.screenshot("10-lich-su-van-ban")));
        }
    }

    @Test
    void clerkPrintsTheRegisterAsXlsxFromTheRegisterPage() throws Exception {
        String subject = "In sổ từ màn hình " + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply r = Api.register(Api.basic("vanthu"), Api.metadata(subject), Api.Part.pdf("b.pdf", Pdfs.onePage("b")));
        assertEquals(201, r.status(), r.text());
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        try (BrowserContext ctx = browser.newContext()) {
            Page page = Browser.login(ctx, "/app/incoming/register.xhtml", "vanthu", Api.PASSWORD);
            assertThat(page.locator("#print h2")).hasText("In sổ");
            page.fill("#print-from", today);
            page.fill("#print-to", today);
            page.selectOption("#print-format", "xlsx");
            page.locator("#print").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                    .setPath(Browser.screenshot("11-in-so")));
            Download d = page.waitForDownload(() -> page.click("#print-button"));
            assertTrue(d.suggestedFilename().endsWith(".xlsx"), d.suggestedFilename());
            boolean found = false;
            try (InputStream in = Files.newInputStream(d.path()); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                assertEquals("SỔ ĐĂNG KÝ VĂN BẢN ĐẾN", wb.getSheetAt(0).getRow(1).getCell(0).getStringCellValue());
                for (var row : wb.getSheetAt(0)) {
                    if (row.getLastCellNum() == 10 && row.getCell(5).getStringCellValue().endsWith(subject)) {
                        found = true;
                    }
                }
            }
            assertTrue(found, "the document registered today is in the printed register");
        }
    }
}
