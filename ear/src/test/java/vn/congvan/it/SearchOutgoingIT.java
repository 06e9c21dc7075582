package vn.congvan.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.congvan.it.SearchIT.enc;
import static vn.congvan.it.SearchIT.ids;
import static vn.congvan.it.SearchIT.search;

/**
 * Outgoing documents in the search (issue 5): an issued document is found by its metadata at once and
 * by the text of its files once extracted; a recalled one keeps being found, marked WITHDRAWN; results,
 * totals and facets hold only what each user may see (OutgoingAccess: drafting department, internal
 * recipients, secrecy); the kind, status, issuing agency and issued-date filters; oldest-first sort.
 */
class SearchOutgoingIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Test
    void issuedDocumentsAreFoundByTheirTextAndTrimmedToWhoMaySeeThem() throws Exception {
        String tok = SearchIT.token();
        String sfx = "S" + tok.substring(2, 8).toUpperCase();
        long vp = SearchIT.department("VP");
        long kt = SearchIT.department("KT");
        long nc = SearchIT.department("NC");
        long reg = OutgoingIT.newRegister(TODAY.getYear(), "NORMAL", sfx).get("id").asLong();

        // drafted by VP, sent to KT: Phòng Kinh tế may see it
        long toKt = issue("vanthu", reg, "QD", "Quyết định phê duyệt quy hoạch thủy lợi " + tok, vp, kt,
                SearchIT.pdf("QUYẾT ĐỊNH", "Phê duyệt quy hoạch hệ thống thủy lợi liên xã " + tok));
        // drafted by VP, sent to NC only: not for Phòng Kinh tế
        long toNc = issue("vanthu", reg, "CV", "Công văn về việc kiểm tra an ninh " + tok, vp, nc,
                SearchIT.pdf("Kiểm tra an ninh trật tự " + tok));
        // drafted by KT itself, sent to NC: Phòng Kinh tế may see it
        long byKt = issue("vanthu", reg, "TB", "Thông báo kết luận cuộc họp " + tok, kt, nc,
                SearchIT.pdf("Thông báo kết luận " + tok));
        // a secret document, issued by the cleared clerk in a secret register
        long secretReg = OutgoingIT.newRegister(TODAY.getYear(), "SECRET", sfx + "M").get("id").asLong();
        Map<String, Object> m = metadata(secretReg, "QD", "Quyết định mật về quy hoạch thủy lợi " + tok, vp, kt);
        m.put("secrecy", "MAT");
        Api.Reply secret = OutgoingIT.issue("vanthu.mat", m, Api.Part.pdf("mat.pdf", SearchIT.pdf("Mật " + tok)));
        assertEquals(201, secret.status(), secret.text());
        long secretId = secret.json().get("id").asLong();

        // the metadata: searchable within two seconds of the commit
        SearchIT.waitFor("vanthu", "q=" + tok + "&kind=OUTGOING&size=50", 2);
        JsonNode clerk = SearchIT.waitForTotal("vanthu", "q=" + tok + "&kind=OUTGOING", 3, 2);
        assertEquals(sorted(toKt, toNc, byKt), sorted(ids(clerk)), "the clerk: all but the secret one");
        assertEquals(Map.of("OUTGOING", 3L), SearchIT.facet(clerk, "kind"));
        assertEquals(Map.of("ISSUED", 3L), SearchIT.facet(clerk, "status"));
        clerk.get("hits").forEach(h -> assertEquals("OUTGOING", h.get("kind").asText()));

        // the specialist of Phòng Kinh tế: what KT drafted or received — hits, total and facets
        JsonNode specialist = search("chuyenvien", "q=" + tok);
        assertEquals(sorted(toKt, byKt), sorted(ids(specialist)), specialist.toString());
        assertEquals(2, specialist.get("total").asLong());
        assertEquals(Map.of("QD", 1L, "TB", 1L), SearchIT.facet(specialist, "type"));
        assertEquals(Map.of(Long.toString(vp), 1L, Long.toString(kt), 1L), SearchIT.facet(specialist, "department"));
        assertEquals(0, search("chuyenvien", "q=" + tok + "&type=CV").get("total").asLong(),
                "a filter does not reveal the document sent to NC");
        assertEquals(0, search("chuyenvien", "q=" + enc("kiểm tra an ninh " + tok)).get("total").asLong());

        // cleared for Tối mật: the secret one too; the leader cleared for Mật as well; another agency nothing
        JsonNode cleared = search("vanthu.mat", "q=" + tok);
        assertEquals(4, cleared.get("total").asLong(), cleared.toString());
        assertTrue(ids(cleared).contains(secretId));
        assertEquals(4, search("lanhdao.mat", "q=" + tok).get("total").asLong());
        assertEquals(3, search("lanhdao", "q=" + tok).get("total").asLong());
        JsonNode other = search("vanthu.snv", "q=" + tok);
        assertEquals(0, other.get("total").asLong());
        assertEquals(0, other.get("facets").get("kind").size());

        // the files' text, once extracted: unaccented, highlighted
        JsonNode text = SearchIT.waitFor("chuyenvien", "text=" + enc("he thong thuy loi lien xa " + tok), 90);
        assertEquals(List.of(toKt), ids(text));
        assertEquals("DONE", text.get("hits").get(0).get("textState").asText());
        assertTrue(text.get("hits").get(0).get("highlights").toString().contains("<mark>thủy</mark> <mark>lợi</mark>"),
                text.toString());
        // by its notation, as printed and unaccented
        String notation = Api.get("vanthu", "/api/outgoing/" + toKt).json().get("numberAndNotation").asText();
        assertEquals(List.of(toKt), ids(search("vanthu", "q=" + enc(notation))));
        assertEquals(List.of(toKt), ids(search("vanthu", "notation=" + enc(notation.replace('Đ', 'D')))));
    }

    @Test
    void aRecalledDocumentIsFoundWithItsStatusAndFiltersNarrowIt() throws Exception {
        String tok = SearchIT.token();
        String sfx = "R" + tok.substring(2, 8).toUpperCase();
        long vp = SearchIT.department("VP");
        long kt = SearchIT.department("KT");
        long reg = OutgoingIT.newRegister(TODAY.getYear(), "NORMAL", sfx).get("id").asLong();
        long first = issue("vanthu", reg, "KH", "Kế hoạch tổ chức hội nghị " + tok, vp, kt, SearchIT.pdf("Kế hoạch"));
        long second = issue("vanthu", reg, "KH", "Kế hoạch kiểm tra cuối năm " + tok, vp, kt, SearchIT.pdf("Kế hoạch"));
        // an incoming document with the same word: the kind filter tells them apart
        long incoming = SearchIT.register("vanthu", Map.of("subject", "Kế hoạch của cấp trên " + tok), SearchIT.pdf("x"));
        SearchIT.waitForTotal("vanthu", "q=" + tok, 3, 2);

        Api.Reply withdrawn = Api.postJson("vanthu", "/api/outgoing/" + first + "/withdraw",
                Map.of("reason", "Ban hành nhầm " + tok));
        assertEquals(200, withdrawn.status(), withdrawn.text());
        JsonNode recalled = SearchIT.waitForTotal("vanthu", "q=" + tok + "&status=WITHDRAWN", 1, 2);
        assertEquals(List.of(first), ids(recalled));
        assertEquals(List.of(second), ids(search("vanthu", "q=" + tok + "&status=ISSUED")));
        JsonNode all = search("vanthu", "q=" + tok);
        assertEquals(Map.of("OUTGOING", 2L, "INCOMING", 1L), SearchIT.facet(all, "kind"));
        assertEquals(Map.of("ISSUED", 1L, "WITHDRAWN", 1L, "REGISTERED", 1L), SearchIT.facet(all, "status"));
        assertEquals(List.of(incoming), ids(search("vanthu", "q=" + tok + "&kind=incoming")));

        // issuing agency: the facet's value is the filter
        String ours = Api.get("vanthu", "/api/outgoing/" + first).json().get("organName").asText();
        assertEquals(sorted(first, second), sorted(ids(search("vanthu", "q=" + tok + "&agency=" + enc(ours)))));
        assertEquals(List.of(incoming), ids(search("vanthu", "q=" + tok + "&agency="
                + enc("Ủy ban nhân dân huyện Hòa Bình"))));
        assertEquals(2L, SearchIT.facet(all, "agency").get(ours));

        // the date the document bears: outgoing issued today; the incoming one was issued yesterday
        String today = TODAY.toString();
        assertEquals(sorted(first, second), sorted(ids(search("vanthu", "q=" + tok + "&issuedFrom=" + today))));
        assertEquals(List.of(incoming), ids(search("vanthu", "q=" + tok + "&issuedTo=" + TODAY.minusDays(1))));
        // oldest first, newest first
        assertEquals(List.of(first, second), ids(search("vanthu", "q=" + tok + "&kind=OUTGOING&sort=date_asc")));
        assertEquals(List.of(second, first), ids(search("vanthu", "q=" + tok + "&kind=OUTGOING&sort=date")));
    }

    @Test
    void badFiltersAreRefusedWithTheirNames() {
        SearchIT.assertProblem(Api.get("vanthu", "/api/search?status=LOST"), "status", "LOST");
        SearchIT.assertProblem(Api.get("vanthu", "/api/search?issuedFrom=2026-02-30"), "issuedFrom", "không phải là ngày");
        SearchIT.assertProblem(Api.get("vanthu", "/api/search?issuedFrom=2026-05-02&issuedTo=2026-05-01"), "issuedTo",
                "sau hoặc bằng");
        SearchIT.assertProblem(Api.get("vanthu", "/api/search?sort=date_desc"), "sort", "date_asc");
        SearchIT.assertProblem(Api.get("vanthu", "/api/search?agency=" + "a".repeat(501)), "agency", "500");
    }

    private static long issue(String user, long register, String type, String subject, long drafting, long to,
                              byte[] pdf) {
        Api.Reply r = OutgoingIT.issue(user, metadata(register, type, subject, drafting, to),
                Api.Part.pdf("van-ban-di.pdf", pdf));
        assertEquals(201, r.status(), r.text());
        return r.json().get("id").asLong();
    }

    private static Map<String, Object> metadata(long register, String type, String subject, long drafting, long to) {
        Map<String, Object> m = OutgoingIT.metadata(register, type, subject);
        m.put("draftingDepartmentId", drafting);
        m.put("recipients", List.of(Map.of("departmentId", to), Map.of("name", "Sở Tài chính tỉnh Mẫu",
                "organId", "000.02.00.H99")));
        return m;
    }

    private static List<Long> sorted(Long... ids) {
        return List.of(ids).stream().sorted().toList();
    }

    private static List<Long> sorted(List<Long> ids) {
        return ids.stream().sorted().toList();
    }
}
