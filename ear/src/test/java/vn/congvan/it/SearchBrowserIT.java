package vn.congvan.it;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Random;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * In a real browser: the search box in the header, the search page with highlights and facets, a
 * refused parameter in the user's language, and a specialist who sees only their department's documents.
 * Screenshots go to docs/user/images (tim-kiem-*).
 */
class SearchBrowserIT {

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
    void searchFromTheHeaderNarrowWithFacetsAndOpenADocument() throws Exception {
        StringBuilder t = new StringBuilder("zb");
        Random r = new Random();
        for (int i = 0; i < 8; i++) {
            t.append((char) ('a' + r.nextInt(26)));
        }
        String tok = t.toString();
        long kt = SearchIT.department("KT");
        long nc = SearchIT.department("NC");
        long decision = SearchIT.register("vanthu", Map.of("subject", "Quyết định phê duyệt kế hoạch phòng chống thiên tai " + tok,
                        "documentType", "QD", "codeNumber", "318", "codeNotation", "QĐ-UBND", "recipientDepartmentId", kt,
                        "organName", "Ủy ban nhân dân huyện Hòa Bình", "priority", 1),
                SearchIT.pdf("QUYẾT ĐỊNH", "Phê duyệt kế hoạch phòng chống thiên tai và tìm kiếm cứu nạn năm 2026 " + tok));
        SearchIT.register("vanthu", Map.of("subject", "Công văn về việc triển khai quyết định phòng chống thiên tai " + tok,
                        "recipientDepartmentId", nc, "organName", "Sở Nông nghiệp và Môi trường"),
                SearchIT.pdf("Triển khai quyết định phòng chống thiên tai " + tok));
        SearchIT.waitFor("vanthu", "text=" + SearchIT.enc("tìm kiếm cứu nạn " + tok), 90);

        try (BrowserContext ctx = browser.newContext()) {
            Page page = Browser.login(ctx, "/app/incoming/register.xhtml", "vanthu", Api.PASSWORD);
            assertThat(page.locator("h1")).hasText("Sổ đăng ký văn bản đến");
            page.fill("#header-q", "quyet dinh phong chong thien tai " + tok);
            page.press("#header-q", "Enter");
            assertThat(page.locator("h1")).hasText("Tìm kiếm văn bản");
            assertThat(page.locator("#total")).containsText("Tìm thấy 2 văn bản");
            assertThat(page.locator(".cv-search-hits")).containsText("318/QĐ-UBND");
            assertThat(page.locator(".cv-snippet mark").first()).isVisible();
            assertThat(page.locator("#facets")).containsText("Quyết định (cá biệt)");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("tim-kiem-01-ket-qua")).setFullPage(true));

            // narrow with a facet: only the decision is left, and the facet shows as chosen
            page.locator(".cv-facet-value a", new Page.LocatorOptions().setHasText("Quyết định (cá biệt)")).click();
            assertThat(page.locator("#total")).containsText("Tìm thấy 1 văn bản");
            assertThat(page.locator(".cv-facet-value a.cv-active")).hasText("Quyết định (cá biệt)");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("tim-kiem-02-loc")).setFullPage(true));

            // open it
            page.locator(".cv-hit-title").first().click();
            assertThat(page.locator("#subject")).containsText("Quyết định phê duyệt kế hoạch phòng chống thiên tai " + tok);
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*id=" + decision + ".*"));

            // a date that is not one: a message in the user's language, no results
            page.navigate(Api.BASE + "/app/search.xhtml?q=" + tok + "&from=2026-13-01");
            assertThat(page.locator(".ui-messages-error")).containsText("không phải là ngày");
            assertThat(page.locator("#total")).hasCount(0);
        }

        // the specialist of Phòng Kinh tế: the document handed to Phòng Nội chính is not there, nor counted
        try (BrowserContext ctx = browser.newContext()) {
            Page page = Browser.login(ctx, "/app/search.xhtml?q=" + tok, "chuyenvien", Api.PASSWORD);
            assertThat(page.locator("#total")).containsText("Tìm thấy 1 văn bản");
            assertThat(page.locator(".cv-hit")).hasCount(1);
            assertThat(page.locator("#facets")).not().containsText("Phòng Nội chính");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("tim-kiem-03-chuyen-vien")).setFullPage(true));
        }
    }

    @Test
    void outgoingDocumentsWithStatusFacetsIssuedDatesAndOldestFirst() throws Exception {
        String tok = SearchIT.token();
        String sfx = "B" + tok.substring(2, 8).toUpperCase();
        long vp = SearchIT.department("VP");
        long kt = SearchIT.department("KT");
        long reg = OutgoingIT.newRegister(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getYear(),
                "NORMAL", sfx).get("id").asLong();
        long[] ids = new long[2];
        for (int i = 0; i < 2; i++) {
            Map<String, Object> m = OutgoingIT.metadata(reg, "KH", "Kế hoạch chuyển đổi số năm 2027, đợt " + (i + 1) + " " + tok);
            m.put("draftingDepartmentId", vp);
            m.put("recipients", java.util.List.of(Map.of("departmentId", kt)));
            Api.Reply issued = OutgoingIT.issue("vanthu", m, Api.Part.pdf("ke-hoach.pdf", SearchIT.pdf("Chuyển đổi số " + tok)));
            org.junit.jupiter.api.Assertions.assertEquals(201, issued.status(), issued.text());
            ids[i] = issued.json().get("id").asLong();
        }
        org.junit.jupiter.api.Assertions.assertEquals(200, Api.postJson("vanthu", "/api/outgoing/" + ids[0] + "/withdraw",
                Map.of("reason", "Ban hành nhầm")).status());
        SearchIT.waitForTotal("vanthu", "q=" + tok + "&status=WITHDRAWN", 1, 5);

        try (BrowserContext ctx = browser.newContext()) {
            Page page = Browser.login(ctx, "/app/search.xhtml?q=" + SearchIT.enc("chuyen doi so " + tok), "chuyenvien",
                    Api.PASSWORD);
            assertThat(page.locator("#total")).containsText("Tìm thấy 2 văn bản");
            assertThat(page.locator("#facets")).containsText("Văn bản đi");
            assertThat(page.locator("#facets")).containsText("Đã thu hồi");
            assertThat(page.locator(".cv-search-hits")).containsText("Đã phát hành");
            // oldest first, from the sort list; the issued-date range as a filter
            page.selectOption("#sort", "date_asc");
            page.fill("#issuedFrom", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString());
            page.click("#search-button");
            assertThat(page.locator("#total")).containsText("Tìm thấy 2 văn bản");
            assertThat(page.locator(".cv-hit-title").first()).containsText("đợt 1");
            assertThat(page.locator("#sort")).hasValue("date_asc");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("tim-kiem-04-van-ban-di")).setFullPage(true));
            // the status facet narrows to the recalled one, which opens as an outgoing document
            page.locator(".cv-facet-value a", new Page.LocatorOptions().setHasText("Đã thu hồi")).click();
            assertThat(page.locator("#total")).containsText("Tìm thấy 1 văn bản");
            page.locator(".cv-hit-title").first().click();
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/app/outgoing/view.xhtml.*id=" + ids[0] + ".*"));
        }
    }
}
