package vn.congvan.it;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The handling of an incoming document end to end in Chromium with four users (issue 6): the clerk
 * registers and presents it, the leader directs it to the Phòng Kinh tế from their inbox, the department
 * head re-assigns it to a specialist, who records progress and finishes it; the leader then reads the
 * dashboard. Screenshots go to docs/user/images.
 */
class RoutingBrowserIT {

    private static final LocatorAssertions.IsVisibleOptions SLOW = new LocatorAssertions.IsVisibleOptions().setTimeout(20_000);
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
    void registerPresentDirectReassignProgressDone() {
        String tag = NotificationIT.tag();
        String subject = "Về việc báo cáo kết quả thu ngân sách năm " + tag;
        String url;

        // the clerk registers the document and presents it to the leader
        try (BrowserContext ctx = browser.newContext()) {
            Page page = Browser.login(ctx, "/app/incoming/new.xhtml", "vanthu", Api.PASSWORD);
            page.setDefaultTimeout(20_000);
            page.fill("#form\\:organName", "Sở Tài chính tỉnh Mẫu");
            page.fill("#form\\:codeNumber", "318");
            page.fill("#form\\:codeNotation", "STC-NS");
            page.fill("#form\\:subject", subject);
            page.locator("input[type=file]").setInputFiles(new FilePayload("cong-van-318.pdf", "application/pdf",
                    Pdfs.onePage("Cong van 318/STC-NS")));
            page.click("#form\\:submit");
            assertThat(page.locator("#subject")).hasText(subject);
            url = page.url();
            assertThat(page.locator("#routing-state")).hasText("Chưa trình");
            pick(page, page.locator("#routing\\:leaderId"), "Trần Văn Minh — Chủ tịch");
            page.fill("#routing\\:note", "Kính trình đồng chí Chủ tịch cho ý kiến chỉ đạo");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("xu-ly-01-trinh")).setFullPage(true));
            page.click("#routing\\:present");
            assertThat(page.locator("#routing-state")).hasText("Chờ bút phê");
            assertThat(page.locator("#presented")).containsText("Trần Văn Minh");
        }

        // the leader finds it in their inbox and directs it to the Phòng Kinh tế
        try (BrowserContext ctx = browser.newContext()) {
            Page page = Browser.login(ctx, "/app/inbox.xhtml", "lanhdao", Api.PASSWORD);
            page.setDefaultTimeout(20_000);
            assertThat(page.locator("h1")).hasText("Việc cần xử lý");
            Locator row = page.locator("#items tr", new Page.LocatorOptions().setHasText(tag));
            assertThat(row.locator(".task")).hasText("Cho ý kiến chỉ đạo");
            assertThat(page.locator("#nav-inbox .cv-nav-badge")).isVisible(SLOW);
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("xu-ly-02-viec-can-xu-ly")).setFullPage(true));
            row.locator("a.open").click();
            assertThat(page.locator("#subject")).hasText(subject);
            pick(page, page.locator("#routing\\:lead"), "Phòng Kinh tế");
            page.fill("#routing\\:directionText", "Giao Phòng Kinh tế chủ trì tổng hợp, báo cáo trước hạn");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("xu-ly-03-but-phe")).setFullPage(true));
            page.click("#routing\\:direct");
            assertThat(page.locator("#routing-state")).hasText("Đã giao xử lý");
            assertThat(page.locator(".assignment-who").first()).hasText("Phòng Kinh tế");
        }

        // the head of the department re-assigns it to a specialist
        try (BrowserContext ctx = browser.newContext()) {
            Page page = Browser.login(ctx, "/app/inbox.xhtml", "truongphong", Api.PASSWORD);
            page.setDefaultTimeout(20_000);
            assertThat(page.locator("#dept-items tr", new Page.LocatorOptions().setHasText(tag)).locator("td").nth(2))
                    .hasText("(chưa phân công)");
            page.navigate(url);
            Locator part = page.locator("form.cv-assignment").first();
            pick(page, part.locator(".ui-selectonemenu"), "Phạm Thị Hoa");
            part.locator("input[id$=':text']").fill("Đồng chí Hoa chủ trì, báo cáo trước ngày hết hạn");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("xu-ly-04-phan-cong-lai")).setFullPage(true));
            part.locator("button[id$=':reassign']").click();
            assertThat(page.locator(".ui-messages-info")).containsText("Đã phân công lại");
            assertThat(page.locator(".assignment-who").first()).hasText("Phạm Thị Hoa (Phòng Kinh tế)");
        }

        // the specialist records progress and finishes
        try (BrowserContext ctx = browser.newContext()) {
            Page page = Browser.login(ctx, "/app/inbox.xhtml", "chuyenvien", Api.PASSWORD);
            page.setDefaultTimeout(20_000);
            Locator row = page.locator("#items tr", new Page.LocatorOptions().setHasText(tag));
            assertThat(row.locator(".task")).hasText("Xử lý chính");
            row.locator("a.open").click();
            Locator part = page.locator("form.cv-assignment").first();
            part.locator("input[id$=':text']").fill("Đã tổng hợp số liệu thu ngân sách của 12 huyện");
            part.locator("button[id$=':progress']").click();
            assertThat(page.locator("#routing-state")).hasText("Đang xử lý");
            assertThat(page.locator(".assignment-progress")).hasText("Đã tổng hợp số liệu thu ngân sách của 12 huyện");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("xu-ly-05-tien-do")).setFullPage(true));
            part = page.locator("form.cv-assignment").first();
            part.locator("input[id$=':text']").fill("Đã gửi báo cáo kết quả thu ngân sách");
            part.locator("button[id$=':done']").click();
            assertThat(page.locator("#routing-state")).hasText("Đã hoàn thành");
            assertThat(page.locator(".assignment-result")).hasText("Đã gửi báo cáo kết quả thu ngân sách");
            assertThat(page.locator(".history-ASSIGNMENT_DONE")).hasCount(1);
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("xu-ly-06-hoan-thanh")).setFullPage(true));

            // the document was not handed to the specialist's department, yet they find it in the register list
            page.click("#nav-register");
            assertThat(page.locator("h1")).hasText("Sổ đăng ký văn bản đến");
            assertThat(page.locator("tr", new Page.LocatorOptions().setHasText(subject))).hasCount(1);
        }
        assertEquals("DONE", Api.get("vanthu", url.substring(url.indexOf("id=")).replace("id=", "/api/incoming/") + "/routing")
                .json().get("state").asText());

        // the leader reads the dashboard
        try (BrowserContext ctx = browser.newContext()) {
            Page page = Browser.login(ctx, "/app/dashboard.xhtml", "lanhdao", Api.PASSWORD);
            page.setDefaultTimeout(20_000);
            assertThat(page.locator("h1")).hasText("Thống kê xử lý văn bản đến");
            java.time.format.DateTimeFormatter dmy = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
            assertThat(page.locator("#filters\\:from_input")).hasValue(Routing.TODAY.withDayOfMonth(1).format(dmy));
            assertThat(page.locator("#filters\\:to_input")).hasValue(Routing.TODAY.format(dmy));
            assertThat(page.locator("#chart rect.bar").first()).isVisible(SLOW);
            assertThat(page.locator("#stats tr", new Page.LocatorOptions().setHasText("Phòng Kinh tế"))).hasCount(1);
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("thong-ke-01-bang-dieu-khien")).setFullPage(true));
            com.microsoft.playwright.Download x = page.waitForDownload(() -> page.click("#filters\\:xlsx"));
            assertEquals(true, x.suggestedFilename().matches("thong-ke-.*\\.xlsx"), x.suggestedFilename());
        }
    }

    /** Chooses an option of a PrimeFaces selectOneMenu (the menu's element) by its label. */
    private static void pick(Page page, Locator menu, String label) {
        // Browser.choose tries again when the panel closed before the click landed (a fresh-clone run picked the wrong person)
        String id = menu.getAttribute("id");
        Browser.choose(page, "#" + id.replace(":", "\\:"), label);
        assertThat(page.locator("[id='" + id + "_label']")).hasText(label);
    }
}
