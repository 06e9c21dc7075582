package vn.congvan.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The clerk's "received electronically" queue in a real browser: accept a package (it becomes an incoming
 * document), refuse one with a reason (an empty reason is refused first); the sender's outgoing page shows
 * each recipient's delivery and status. Screenshots for docs/user/lien-thong.md.
 */
class ExchangeBrowserIT {

    private static Browser browser;

    @BeforeAll
    static void start() {
        ExchangeIT.directories();
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    private static JsonNode waitForPackage(String subject) {
        return ExchangeIT.await("the package in SNV's queue", () -> ExchangeIT.received("vanthu.snv", subject), p -> true);
    }

    @Test
    void theClerkAcceptsAPackageAndItBecomesAnIncomingDocument() {
        String subject = "Công văn liên thông qua giao diện " + UUID.randomUUID().toString().substring(0, 8);
        long out = ExchangeIT.issueTo(subject, ExchangeIT.SNV, "Sở Nội vụ tỉnh Mẫu");
        waitForPackage(subject);
        try (BrowserContext ctx = browser.newContext()) {
            ctx.setDefaultTimeout(20_000);
            Page page = Browser.login(ctx, "/app/exchange/received.xhtml", "vanthu.snv", Api.PASSWORD);
            assertThat(page.locator("h1")).hasText("Văn bản điện tử đến (liên thông)");
            Locator row = page.locator("#packages tr", new Page.LocatorOptions().setHasText(subject));
            assertThat(row.locator(".state")).hasText("Chờ tiếp nhận");
            assertThat(row.locator(".from")).containsText(ExchangeIT.UBND);
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("lien-thong-01-hang-cho")).setFullPage(true));

            row.locator("a.open").click();
            assertThat(page.locator("#package-subject")).hasText(subject);
            assertThat(page.locator("#package-files li")).hasCount(1);
            assertThat(page.locator("#decide\\:documentType")).hasValue("CV");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("lien-thong-02-goi-tin")).setFullPage(true));
            page.click("#decide\\:accept");
            page.waitForURL(Pattern.compile(".*/app/incoming/view\\.xhtml\\?id=\\d+"));
            assertThat(page.locator("body")).containsText(subject);
        }
        JsonNode pkg = ExchangeIT.received("vanthu.snv", subject);
        assertEquals("ACCEPTED", pkg.get("state").asText());
        ExchangeIT.await("03 at the sender", () -> ExchangeIT.delivery(out), d -> "03".equals(ExchangeIT.recipientStatus(d)));
        try (BrowserContext ctx = browser.newContext()) {
            ctx.setDefaultTimeout(20_000);
            Page page = Browser.login(ctx, "/app/outgoing/view.xhtml?id=" + out, "vanthu", Api.PASSWORD);
            Locator recipient = page.locator("#exchange-recipients .exchange-recipient");
            assertThat(recipient.locator(".delivery-state")).containsText("Đã gửi");
            assertThat(recipient.locator(".recipient-status")).containsText("03 · Đã tiếp nhận, vào sổ");
            assertThat(page.locator("#exchange-history li")).hasCount(2);
            page.locator("#exchange").screenshot(new Locator.ScreenshotOptions().setPath(Browser.screenshot("lien-thong-03-trang-thai-noi-nhan")));
        }
    }

    @Test
    void theClerkSendsAnUpdateAndAReplacementFromTheOutgoingPage() {
        String subject = "Công văn sẽ sửa qua giao diện " + UUID.randomUUID().toString().substring(0, 8);
        long out = ExchangeIT.issueTo(subject, ExchangeIT.SNV, "Sở Nội vụ tỉnh Mẫu");
        long id = waitForPackage(subject).get("id").asLong();
        Api.Reply accepted = Api.postJson("vanthu.snv", "/api/exchange/received/" + id + "/accept", java.util.Map.of());
        assertEquals(200, accepted.status(), accepted.text());
        long incomingId = accepted.json().get("id").asLong();
        String corrected = subject + " (đã sửa trích yếu)";
        try (BrowserContext ctx = browser.newContext()) {
            ctx.setDefaultTimeout(20_000);
            Page page = Browser.login(ctx, "/app/outgoing/view.xhtml?id=" + out, "vanthu", Api.PASSWORD);
            assertThat(page.locator("#exchange-change h2")).hasText("Cập nhật hoặc thay thế văn bản đã gửi liên thông");
            // no reason: refused beside the field, nothing queued
            page.fill("#update-form\\:subject", corrected);
            page.click("#update-form\\:send-update");
            assertThat(page.locator("#update-form\\:reasonMsg")).containsText("bắt buộc");
            assertEquals(0, ExchangeIT.delivery(out).get("changes").size());

            page.fill("#update-form\\:subject", corrected);
            page.fill("#update-form\\:reason", "Sai trích yếu");
            page.click("#update-form\\:send-update");
            assertThat(page.locator("#exchange-changes li")).hasCount(1);
            assertThat(page.locator("#exchange-changes li").first()).containsText("Cập nhật");

            page.locator("#replace-form input[type=file]").setInputFiles(new FilePayload("cong-van-thay-the.pdf",
                    "application/pdf", Pdfs.onePage("thay the")));
            page.fill("#replace-form\\:reason", "Thay bản đã ký số");
            page.click("#replace-form\\:send-replace");
            assertThat(page.locator("#exchange-changes li")).hasCount(2);
            assertThat(page.locator("#exchange-changes li").nth(1)).containsText("cong-van-thay-the.pdf");

            ExchangeIT.await("15 twice at the sender", () -> ExchangeIT.delivery(out), d -> {
                int n = 0;
                for (JsonNode h : d.get("history")) {
                    n += "15".equals(h.get("statusCode").asText()) ? 1 : 0;
                }
                boolean delivered = true;
                for (JsonNode c : d.get("changes")) {
                    delivered &= "DELIVERED".equals(c.get("state").asText());
                }
                return n == 2 && delivered;
            });
            page.navigate(Api.BASE + "/app/outgoing/view.xhtml?id=" + out); // a new view, not the cached one
            assertThat(page.locator("#exchange-changes .change-state")).hasText(new String[] {"Đã gửi", "Đã gửi"});
            assertThat(page.locator("#exchange-history li", new Page.LocatorOptions().setHasText("· 15 Đồng ý"))).hasCount(2);
            assertThat(page.locator("#exchange-recipients .recipient-status")).containsText("15");
            page.locator("#exchange").screenshot(new Locator.ScreenshotOptions()
                    .setPath(Browser.screenshot("lien-thong-06-cap-nhat-thay-the")));
        }
        JsonNode in = Api.get("vanthu.snv", "/api/incoming/" + incomingId).json();
        assertEquals(corrected, in.get("subject").asText());
        JsonNode files = Api.get("vanthu.snv", "/api/incoming/" + incomingId + "/attachments").json().get("files");
        assertEquals(2, files.get(0).get("versions").size(), files.toString());
    }

    @Test
    void theClerkRefusesAPackageWithAReason() {
        String subject = "Công văn gửi nhầm " + UUID.randomUUID().toString().substring(0, 8);
        long out = ExchangeIT.issueTo(subject, ExchangeIT.SNV, "Sở Nội vụ tỉnh Mẫu");
        long id = waitForPackage(subject).get("id").asLong();
        try (BrowserContext ctx = browser.newContext()) {
            ctx.setDefaultTimeout(20_000);
            Page page = Browser.login(ctx, "/app/exchange/received.xhtml?id=" + id, "vanthu.snv", Api.PASSWORD);
            assertThat(page.locator("#package-subject")).hasText(subject);
            page.click("#decide\\:refuse");
            assertThat(page.locator("#decide\\:reasonMsg")).containsText("bắt buộc");
            assertEquals("RECEIVED", ExchangeIT.received("vanthu.snv", subject).get("state").asText());
            page.fill("#decide\\:reason", "Không thuộc thẩm quyền giải quyết của Sở");
            page.click("#decide\\:refuse");
            assertThat(page.locator("#package-state")).hasText("Đã từ chối");
            assertThat(page.locator("#package-reason")).hasText("Không thuộc thẩm quyền giải quyết của Sở");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("lien-thong-04-tu-choi")).setFullPage(true));
        }
        ExchangeIT.await("02 at the sender", () -> ExchangeIT.delivery(out), d -> "02".equals(ExchangeIT.recipientStatus(d)));
    }

    @Test
    void theAdministratorSeesTheDirectoryAndTheAgencyCertificate() {
        try (BrowserContext ctx = browser.newContext()) {
            ctx.setDefaultTimeout(20_000);
            Page page = Browser.login(ctx, "/app/admin/lien-thong.xhtml", "quantri.snv", Api.PASSWORD);
            assertThat(page.locator("#partners\\:table tr", new Page.LocatorOptions().setHasText(ExchangeIT.UBND))).hasCount(1);
            assertThat(page.locator("#own-certificate")).containsText("BEGIN CERTIFICATE");
            // a bad CSV line is named and nothing is imported
            page.fill("#import\\:csv", "organId,name,endpoint,certificate\n000.88.00.T88,Cơ quan A,https://a.example/inbox,\n,Thiếu mã,,\n");
            page.click("#import\\:do-import");
            assertThat(page.locator("#messages")).containsText("line 3");
            assertThat(page.locator("#partners\\:table tr", new Page.LocatorOptions().setHasText("000.88.00.T88"))).hasCount(0);
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("lien-thong-05-danh-ba")).setFullPage(true));
        }
    }
}
