package vn.congvan.it;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bell and the notifications page, and the calendar administration page, in a real browser (issue 6).
 * Screenshots go to docs/user/images and docs/admin/images.
 */
class NotificationBrowserIT {

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
    void theBellCountsAnUrgentDocumentAndLeadsToIt() {
        String tag = NotificationIT.tag();
        try (BrowserContext ctx = browser.newContext()) {
            Page page = Browser.login(ctx, "/app/incoming/register.xhtml", "lanhdao", Api.PASSWORD);
            assertThat(page.locator("#bell-button")).isVisible();
            long before = NotificationIT.unread("lanhdao");

            // while the page is open, the clerk registers a Hỏa tốc document: the bell updates by itself (polling)
            long doc = NotificationIT.register("vanthu", "Hỏa tốc: triệu tập họp khẩn phòng chống dịch " + tag, 3);
            Locator count = page.locator("#bell-count");
            assertThat(count).hasText(String.valueOf(before + 1), new com.microsoft.playwright.assertions.LocatorAssertions
                    .HasTextOptions().setTimeout(45_000));
            assertThat(count).hasClass(Pattern.compile("cv-bell-urgent"));

            page.click("#bell-button");
            Locator item = page.locator("#bell-list li", new Page.LocatorOptions().setHasText(tag));
            assertThat(item).isVisible();
            assertThat(item).hasClass(Pattern.compile("cv-urgent"));
            assertThat(item).hasClass(Pattern.compile("cv-unread"));
            assertThat(item.locator("a")).containsText("KHẨN · Văn bản đến khẩn vừa được vào sổ:");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("thong-bao-01-chuong")));

            // opening it marks it read (POST with the session's CSRF token) and shows the document
            item.locator("a").click();
            page.waitForURL(Pattern.compile(".*/app/incoming/view\\.xhtml\\?id=" + doc));
            assertThat(page.locator("#bell-count")).hasText(String.valueOf(before));
            assertTrue(NotificationIT.find("lanhdao", tag).get(0).get("read").asBoolean());

            page.navigate(Api.BASE + "/app/notifications.xhtml");
            assertThat(page.locator("h1")).hasText("Thông báo");
            Locator row = page.locator("tr", new Page.LocatorOptions().setHasText(tag));
            assertThat(row.locator(".state")).hasText("Đã đọc");
            assertThat(row).hasClass(Pattern.compile("cv-urgent"));
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("thong-bao-02-trang-thong-bao")).setFullPage(true));

            // a second one, marked read from the page; then the English page
            NotificationIT.register("vanthu", "Thượng khẩn: báo cáo số liệu " + tag, 2);
            page.click("#list\\:unread");
            Locator second = page.locator("tr", new Page.LocatorOptions().setHasText("báo cáo số liệu " + tag));
            assertThat(second.locator(".state")).hasText("Chưa đọc");
            second.locator(".mark-read").click();
            assertThat(page.locator("tr", new Page.LocatorOptions().setHasText("báo cáo số liệu " + tag))).hasCount(0);
            page.click("#hdr\\:lang-en");
            assertThat(page.locator("h1")).hasText("Notifications");
            assertThat(page.locator("#list\\:read-all")).hasText("Mark all as read");
            page.click("#hdr\\:lang-vi");
        }
    }

    @Test
    void theProfilePageTurnsEmailOff() {
        try (BrowserContext ctx = browser.newContext()) {
            Page page = Browser.login(ctx, "/app/profile.xhtml", "truongphong", Api.PASSWORD);
            assertThat(page.locator("#email-address")).containsText("chưa có địa chỉ thư điện tử");
            page.locator("#notif-prefs\\:emailEnabled .ui-chkbox-box").click();
            page.click("#notif-prefs\\:save");
            assertThat(page.locator(".ui-messages-info")).containsText("Đã lưu lựa chọn nhận thông báo");
            assertEquals(false, Api.get("truongphong", "/api/me/notification-preferences").json().get("emailEnabled").asBoolean());
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("thong-bao-03-nhan-thu")));
            page.locator("#notif-prefs\\:emailEnabled .ui-chkbox-box").click();
            page.click("#notif-prefs\\:save");
            assertThat(page.locator(".ui-messages-info")).containsText("Đã lưu lựa chọn nhận thông báo");
            assertEquals(true, Api.get("truongphong", "/api/me/notification-preferences").json().get("emailEnabled").asBoolean());
        }
    }

    @Test
    void theAdministratorLoadsTheHolidaysAndAdjustsThem() {
        int year = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
        CalendarIT.clearYear("quantri", year);
        try (BrowserContext ctx = browser.newContext()) {
            Page page = Browser.login(ctx, "/app/admin/lich-lam-viec.xhtml", "quantri", Api.PASSWORD);
            assertThat(page.locator("h1")).hasText("Lịch làm việc");
            assertThat(page.locator("#year-label")).hasText("Năm " + year);
            page.click("#year\\:load");
            assertThat(page.locator(".ui-messages-info")).containsText("ngày nghỉ lễ của năm " + year);
            Locator tet = page.locator("#days\\:table tr", new Page.LocatorOptions().setHasText("Tết Nguyên Đán (mùng 1)"));
            assertThat(tet).hasCount(1);
            assertThat(tet.locator(".kind")).hasText("Ngày nghỉ");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("lich-01-nap-ngay-le")).setFullPage(true));

            // a make-up working day must be a Saturday or Sunday: a Monday is refused, nothing saved
            java.time.LocalDate monday = java.time.LocalDate.of(year, 1, 5).with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.MONDAY));
            java.time.LocalDate saturday = monday.plusDays(5);
            java.time.format.DateTimeFormatter f = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
            page.click("#year\\:new-working");
            assertThat(page.locator("#edit\\:name")).isVisible();
            Browser.fillAll(page, "#edit\\:name", "Làm bù thử");
            Browser.fillDate(page, "#edit\\:day_input", f.format(monday));
            assertThat(page.locator("#edit\\:name")).hasValue("Làm bù thử");
            page.click("#edit\\:save");
            assertThat(page.locator("#edit\\:dayMsg")).containsText("thứ Bảy hoặc Chủ nhật");
            Browser.fillDate(page, "#edit\\:day_input", f.format(saturday));
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("lich-02-them-ngay-lam-bu")));
            page.click("#edit\\:save");
            assertThat(page.locator(".ui-messages-info")).containsText("Đã lưu ngày " + f.format(saturday));
            Locator made = page.locator("#days\\:table tr", new Page.LocatorOptions().setHasText("Làm bù thử"));
            assertThat(made.locator(".kind")).hasText("Ngày làm bù");
            assertThat(made.locator(".day")).hasText(f.format(saturday));

            // the government moved a day: edit it; then remove one
            Locator national = page.locator("#days\\:table tr", new Page.LocatorOptions().setHasText("Tết Dương lịch"));
            national.locator(".edit").click();
            assertThat(page.locator("#edit\\:name")).hasValue("Tết Dương lịch");
            // what was typed is what is saved (the dialog's own update could land after the typing on a slow machine)
            Browser.fillAll(page, "#edit\\:name", "Tết Dương lịch (theo thông báo của Chính phủ)");
            page.click("#edit\\:save");
            assertThat(page.locator(".ui-messages-info")).containsText("Đã lưu ngày");
            assertThat(page.locator("#days\\:table tr", new Page.LocatorOptions().setHasText("theo thông báo của Chính phủ"))).hasCount(1);
            made.locator(".delete").click();
            assertThat(page.locator("#days\\:table tr", new Page.LocatorOptions().setHasText("Làm bù thử"))).hasCount(0);
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("lich-03-lich-lam-viec")).setFullPage(true));

            page.click("#admin-mail");
            assertThat(page.locator("h1")).hasText("Thư điện tử");
            assertThat(page.locator("#settings\\:host")).hasValue("127.0.0.1");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("thu-01-cau-hinh")).setFullPage(true));
        }
    }
}
