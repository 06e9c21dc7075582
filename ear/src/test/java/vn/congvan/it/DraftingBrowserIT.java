package vn.congvan.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvan.signing.testpki.SharedPki;

import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The outgoing workflow in a real browser with several demo users: the specialist drafts and asks the
 * department head's opinion; the head gives it and returns the draft with comments; the specialist revises
 * (a new version) and resubmits; the head approves; the leader approves and signs; the clerk issues it;
 * the internal recipient department sees it as an incoming document. Screenshots for the user guide.
 */
class DraftingBrowserIT {

    private static Browser browser;

    @BeforeAll
    static void start(@TempDir Path dir) throws Exception {
        SigningSetup.trustOnce(SharedPki.get());
        SigningSetup.level("B-B");
        DraftingIT.departments();
        DraftingIT.key(DraftingIT.LEADER, SharedPki.leader(), dir);
        DraftingIT.key(DraftingIT.CLERK, SharedPki.agency(), dir);
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    private static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot(name)).setFullPage(true));
    }

    private static Page open(BrowserContext ctx, String user, long draftId) {
        Page page = Browser.login(ctx, "/app/drafts/view.xhtml?id=" + draftId, user, Api.PASSWORD);
        page.setDefaultTimeout(20_000);
        assertThat(page.locator("#draft-subject")).isVisible();
        return page;
    }

    private static void status(Page page, String status) {
        assertThat(page.locator("#draft-status")).hasAttribute("data-status", status);
    }

    @Test
    void theAdministratorSetsTheReviewChain() {
        try (BrowserContext ctx = browser.newContext()) {
            Page page = Browser.login(ctx, "/app/admin/quy-trinh-trinh-duyet.xhtml", "quantri", Api.PASSWORD);
            page.setDefaultTimeout(20_000);
            assertThat(page.locator("h1")).hasText("Quy trình trình duyệt");
            // the last step made a department head's: refused, the chain stays
            int steps = page.locator("#chain\\:steps tbody tr").count();
            page.selectOption("#chain\\:steps\\:" + (steps - 1) + "\\:role", "DEPT_HEAD");
            page.click("#chain\\:save");
            assertThat(page.locator(".ui-messages-error")).containsText("Bước cuối của quy trình phải là lãnh đạo");
            page.selectOption("#chain\\:steps\\:" + (steps - 1) + "\\:role", "LEADER");
            page.fill("#chain\\:steps\\:0\\:label", "Trưởng phòng chuyên môn");
            page.click("#chain\\:save");
            assertThat(page.locator(".ui-messages-info")).containsText("Đã lưu quy trình trình duyệt");
            shot(page, "47-quy-trinh-trinh-duyet");
        }
        assertEquals("Trưởng phòng chuyên môn",
                Api.get("quantri", "/api/admin/review-chains").json().get("steps").get(0).get("label").asText());
    }

    @Test
    void draftOpinionReviewReturnReviseSignIssueAndTheRecipientSeesIt() {
        String subject = "Báo cáo tổng kết công tác năm " + UUID.randomUUID().toString().substring(0, 6);
        long id;
        // --- the specialist drafts, uploads the file, asks the head's opinion and submits
        try (BrowserContext ctx = browser.newContext()) {
            Page page = Browser.login(ctx, "/app/drafts/list.xhtml", DraftingIT.AUTHOR, Api.PASSWORD);
            page.setDefaultTimeout(20_000);
            assertThat(page.locator("h1")).hasText("Dự thảo văn bản đi");
            page.click("#new-draft");
            page.selectOption("#form\\:documentType", "BC");
            page.fill("#form\\:subject", subject);
            page.locator("#form\\:internalRecipients label", new Page.LocatorOptions().setHasText("Phòng Kinh tế")).click();
            page.fill("#form\\:externalRecipients", "Sở Tài chính tỉnh Mẫu | 000.00.00.H41");
            shot(page, "40-soan-du-thao");
            page.click("#form\\:create");
            assertThat(page.locator("#draft-subject")).hasText(subject);
            status(page, "DRAFTING");
            Matcher m = Pattern.compile("id=(\\d+)").matcher(page.url());
            assertTrue(m.find(), page.url());
            id = Long.parseLong(m.group(1));

            page.locator("#version-form input[type=file]").setInputFiles(new FilePayload("bao-cao.pdf", "application/pdf",
                    Pdfs.onePage("Bao cao tong ket - du thao 1")));
            page.fill("#version-form\\:note", "Bản dự thảo đầu");
            page.click("#version-form\\:upload");
            assertThat(page.locator("#versions li")).hasCount(1);

            page.locator("#opinion-form label", new Page.LocatorOptions().setHasText("Lê Văn Hùng")).click();
            page.fill("#opinion-form\\:question", "Xin anh góp ý phần số liệu");
            page.click("#opinion-form\\:ask");
            assertThat(page.locator("#opinions .opinion-answer")).hasText("Chưa cho ý kiến");

            page.fill("#submit-form\\:comment", "Kính trình anh xem xét");
            page.click("#submit-form\\:submit");
            status(page, "IN_REVIEW");
            assertThat(page.locator("#reviewer")).hasText("Lê Văn Hùng");
        }
        // --- the head gives the opinion and returns the draft with comments
        try (BrowserContext ctx = browser.newContext()) {
            Page page = open(ctx, DraftingIT.HEAD, id);
            page.locator("#answer-form label", new Page.LocatorOptions().setHasText("Ý kiến khác")).click();
            page.fill("#answer-form\\:comment", "Cần bổ sung số liệu quý IV");
            page.click("#answer-form\\:send-answer");
            assertThat(page.locator("#opinions .opinion-answer")).hasText("Ý kiến khác");
            page.fill("#return-form\\:comment", "Đề nghị bổ sung số liệu quý IV và sửa phần kết luận");
            shot(page, "41-truong-phong-tra-lai");
            page.click("#return-form\\:return");
            status(page, "RETURNED");
        }
        // --- the specialist revises (a new version) and resubmits
        try (BrowserContext ctx = browser.newContext()) {
            Page page = open(ctx, DraftingIT.AUTHOR, id);
            assertThat(page.locator("#last-reason")).containsText("bổ sung số liệu quý IV");
            page.locator("#version-form input[type=file]").setInputFiles(new FilePayload("bao-cao-v2.pdf", "application/pdf",
                    Pdfs.onePage("Bao cao tong ket - du thao 2, da bo sung so lieu quy IV")));
            page.fill("#version-form\\:note", "Đã bổ sung số liệu quý IV");
            page.click("#version-form\\:upload");
            assertThat(page.locator("#versions li")).hasCount(2);
            page.click("#submit-form\\:submit");
            status(page, "IN_REVIEW");
            shot(page, "42-phien-ban-va-y-kien");
        }
        // --- the head approves, to the leader
        try (BrowserContext ctx = browser.newContext()) {
            Page page = open(ctx, DraftingIT.HEAD, id);
            page.selectOption("#approve-form\\:reviewerId", String.valueOf(DraftingIT.USER_IDS.get(DraftingIT.LEADER)));
            page.fill("#approve-form\\:comment", "Kính trình Chủ tịch");
            page.click("#approve-form\\:approve");
            status(page, "IN_REVIEW");
            assertThat(page.locator("#reviewer")).hasText("Trần Văn Minh");
        }
        // --- the leader approves and signs (a wrong password first: refused, nothing changes)
        try (BrowserContext ctx = browser.newContext()) {
            Page page = open(ctx, DraftingIT.LEADER, id);
            page.fill("#sign-form\\:comment", "Đồng ý ban hành");
            shot(page, "43-lanh-dao-ky-duyet");
            page.fill("#sign-form\\:secret", "sai-mat-khau");
            page.click("#sign-form\\:sign");
            assertThat(page.locator(".ui-messages-error")).isVisible();
            status(page, "IN_REVIEW");
            page.fill("#sign-form\\:secret", DraftingIT.P12_PASSWORD);
            page.fill("#sign-form\\:comment", "Đồng ý ban hành");
            page.click("#sign-form\\:sign");
            status(page, "SIGNED");
            assertThat(page.locator("#versions li")).hasCount(3);
        }
        // --- the clerk issues it
        long outgoingId;
        try (BrowserContext ctx = browser.newContext()) {
            Page page = Browser.login(ctx, "/app/drafts/list.xhtml?box=issue", DraftingIT.CLERK, Api.PASSWORD);
            page.setDefaultTimeout(20_000);
            page.locator("a.draft-link", new Page.LocatorOptions().setHasText(subject)).click();
            status(page, "SIGNED");
            page.fill("#issue-form\\:secret", DraftingIT.P12_PASSWORD);
            page.fill("#issue-form\\:issuedAmount", "2");
            shot(page, "44-van-thu-phat-hanh");
            page.click("#issue-form\\:issue");
            status(page, "ISSUED");
            assertThat(page.locator("#versions li")).hasCount(4);
            shot(page, "45-da-phat-hanh");
            JsonNode d = DraftingIT.get(DraftingIT.CLERK, id);
            outgoingId = d.get("outgoingId").asLong();
            page.click("#outgoing-link");
            assertThat(page.locator(".signature-status")).hasText("Chữ ký số hợp lệ");
        }
        // --- the internal recipient (Phòng Kinh tế) sees it as an incoming document
        JsonNode copy = DraftingIT.internalCopy(DraftingIT.HEAD, outgoingId);
        try (BrowserContext ctx = browser.newContext()) {
            Page page = Browser.login(ctx, "/app/incoming/view.xhtml?id=" + copy.get("id").asLong(), DraftingIT.HEAD,
                    Api.PASSWORD);
            page.setDefaultTimeout(20_000);
            assertThat(page.locator("#subject")).hasText(subject);
            assertThat(page.locator("#internal-note")).isVisible();
            shot(page, "46-noi-nhan-noi-bo");
        }
        assertEquals(subject, copy.get("subject").asText());
    }
}
