package vn.congvan.it;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The administrator's screens in a real browser: add a department, add a user with a clearance and a
 * position (a too short password is refused first), then that user logs in. Screenshots go to the
 * administrator's guide (docs/admin/images).
 */
class AdminBrowserIT {

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
    void adminAddsADepartmentAndAUserWhoThenLogsIn() {
        String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 5).toUpperCase();
        String deptName = "Phòng Tư pháp " + tag;
        String login = "tran.thu" + tag.toLowerCase();
        String fullName = "Trần Thị Thu " + tag;
        String password = "MatKhau 2026 tam";
        try (BrowserContext ctx = browser.newContext()) {
            Page page = Browser.login(ctx, "/app/admin/departments.xhtml", "quantri", Api.PASSWORD);
            assertThat(page.locator("h1")).hasText("Phòng ban");
            assertThat(page.locator("#nav-admin")).hasText("Quản trị");

            page.click("#list\\:new");
            // the dialog is shown (and has taken the focus) before typing, and what was typed is there
            assertThat(page.locator("#dialog")).hasAttribute("aria-hidden", "false");
            assertThat(page.locator("#edit\\:code")).isVisible();
            Browser.fillAll(page, "#edit\\:code", "TP" + tag, "#edit\\:name", deptName);
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("admin-01-them-phong-ban")));
            page.click("#edit\\:save");
            assertThat(page.locator(".ui-messages-info")).containsText("Đã thêm phòng ban \"" + deptName + "\"");
            Locator row = page.locator("tr", new Page.LocatorOptions().setHasText(deptName));
            assertThat(row.locator(".dept-code")).hasText("TP" + tag);
            assertThat(row.locator(".status")).hasText("Đang sử dụng");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("admin-02-phong-ban")).setFullPage(true));

            page.click("#admin-users");
            assertThat(page.locator("h1")).hasText("Người dùng");
            page.click("#list\\:new");
            assertThat(page.locator("#edit\\:username")).isVisible();
            Browser.fillAll(page, "#edit\\:username", login, "#edit\\:fullName", fullName,
                    "#edit\\:email", login + "@mau.gov.vn");
            pick(page, "#edit\\:departmentId", deptName);
            pick(page, "#edit\\:clearance", "Mật");
            page.locator("#edit\\:positionIds label", new Page.LocatorOptions().setHasText("Chuyên viên")).first().click();
            page.fill("#edit\\:password", "ngan1");
            page.click("#edit\\:save");
            // refused, in Vietnamese, beside the field; the dialog stays open with what was typed
            assertThat(page.locator("#edit\\:passwordMsg")).containsText("ít nhất 10 ký tự");
            assertThat(page.locator("#edit\\:fullName")).hasValue(fullName);

            page.fill("#edit\\:password", password);
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("admin-03-them-nguoi-dung")));
            page.click("#edit\\:save");
            assertThat(page.locator(".ui-messages-info")).containsText("Đã tạo tài khoản " + login);
            Locator userRow = page.locator("tr", new Page.LocatorOptions().setHasText(login));
            assertThat(userRow.locator(".full-name")).hasText(fullName);
            assertThat(userRow.locator(".clearance")).hasText("Mật");
            assertThat(userRow.locator(".position")).hasText("Chuyên viên");
            assertThat(userRow.locator(".roles")).hasText("SPECIALIST");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("admin-04-nguoi-dung")).setFullPage(true));

            page.click("#admin-document-types");
            assertThat(page.locator("tr", new Page.LocatorOptions().setHasText("Hợp đồng")).locator(".abbreviation")).hasText("HĐ");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("admin-05-loai-van-ban")));
        }

        // the new user logs in and sees their name and position, but no administration menu
        try (BrowserContext ctx = browser.newContext()) {
            Page page = Browser.login(ctx, "/app/profile.xhtml", login, password);
            assertThat(page.locator(".cv-username")).hasText(fullName + " (Chuyên viên)");
            assertThat(page.locator("#nav-admin")).hasCount(0);
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("admin-06-nguoi-dung-moi-dang-nhap")).setFullPage(true));
            Response admin = page.navigate(Api.BASE + "/app/admin/users.xhtml");
            assertEquals(403, admin.status());
        }
    }

    /** Chooses an option of a PrimeFaces selectOneMenu by its label. */
    private static void pick(Page page, String menu, String label) {
        page.click(menu);
        Locator item = page.locator(menu + "_items li[data-label='" + label + "']");
        assertThat(item).isVisible();
        item.click();
        assertThat(page.locator(menu + "_label")).hasText(label);
        assertThat(page.locator(menu + "_panel")).isHidden();
    }
}
