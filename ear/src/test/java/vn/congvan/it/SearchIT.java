package vn.congvan.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Full-text search over HTTP against the deployed EAR: a registered document's files are extracted
 * outside the request and become searchable; Vietnamese matching (unaccented queries, tone placement,
 * notations); and results, totals and facets trimmed to what each user may see. {@link SearchElasticsearchIT}
 * runs the same tests on a server with the Elasticsearch/OpenSearch backend.
 */
class SearchIT {

    private static final String SECRET_PASSWORD = "Tam thoi 2026";
    /** The search backend of the server under test: lucene (server A); SearchElasticsearchIT runs these tests on C. */
    static final String BACKEND = System.getProperty("it.search.backend", "lucene");

    @Test
    void aRegisteredDocumentIsSearchableAtOnceAndItsFileTextOnceExtracted() throws Exception {
        String tok = token();
        String inFile = token();
        long id = register("vanthu", Map.of("subject", "Kế hoạch phòng chống thiên tai năm 2026 " + tok),
                pdf("KẾ HOẠCH", "Phòng chống thiên tai và tìm kiếm cứu nạn trên địa bàn tỉnh " + inFile));

        // the metadata: indexed right after the registration commits (registerAs waits at most 2 s)
        JsonNode now = search("vanthu", "q=" + tok);
        assertEquals(1, now.get("total").asLong(), now.toString());
        assertEquals(id, now.get("hits").get(0).get("id").asLong());

        // the file's text: once the worker has extracted it
        JsonNode found = waitFor("vanthu", "text=" + enc("tìm kiếm cứu nạn " + inFile), 90);
        JsonNode hit = found.get("hits").get(0);
        assertEquals(id, hit.get("id").asLong());
        assertEquals("DONE", hit.get("textState").asText());
        assertTrue(hit.get("highlights").toString().contains("<mark>cứu</mark> <mark>nạn</mark>"), hit.toString());
        // unaccented, in the text of the file
        assertEquals(1, search("vanthu", "q=" + enc("tim kiem cuu nan " + inFile)).get("total").asLong());
    }

    @Test
    void theTextFollowsTheFilesTheDocumentShows() throws Exception {
        String first = token();
        String second = token();
        long id = register("vanthu", Map.of("subject", "Báo cáo có bản sửa đổi"), pdf("Báo cáo, bản đầu " + first));
        waitFor("vanthu", "text=" + first, 90);
        long file = Api.get("vanthu", "/api/incoming/" + id).json().get("attachments").get(0).get("id").asLong();

        // a new version: its text replaces the old one's
        Api.Reply v2 = Api.postMultipart("vanthu", "/api/incoming/" + id + "/attachments/" + file + "/versions",
                List.of(Api.Part.pdf("ban-sua-doi.pdf", pdf("Báo cáo, bản sửa đổi " + second))), List.of("file"));
        assertEquals(201, v2.status(), v2.text());
        waitFor("vanthu", "text=" + second, 90);
        assertEquals(0, search("vanthu", "text=" + first).get("total").asLong(), "the old version's text is gone");

        // a deleted file's text is not searchable; restored, it is again
        assertEquals(204, Api.delete("vanthu", "/api/incoming/" + id + "/attachments/" + file).status());
        assertEquals(0, search("vanthu", "text=" + second).get("total").asLong());
        assertTrue(ids(search("vanthu", "q=" + enc("Báo cáo có bản sửa đổi"))).contains(id),
                "the document itself is still found by its metadata");
        assertEquals(200, Api.post("vanthu", "/api/incoming/" + id + "/attachments/" + file + "/restore").status());
        assertEquals(List.of(id), ids(search("vanthu", "text=" + second)));
    }

    @Test
    void vietnameseMatchingAndNotations() {
        String tok = token();
        String number = Long.toString(100_000_000L + new Random().nextInt(899_999_999));
        long accented = register("vanthu", Map.of("subject", "Quyết định về báo cáo hòa bình thủy lợi " + tok,
                "codeNumber", number, "codeNotation", "QĐ-UBND", "documentType", "QD"), pdf("Báo cáo"));
        long plain = register("vanthu", Map.of("subject", "Bao cao hoa binh thuy loi " + tok), pdf("Bao cao"));

        // unaccented finds both; with the diacritics (either tone placement) the accented one ranks first
        assertEquals(List.of(accented, plain).stream().sorted().toList(),
                ids(search("vanthu", "q=" + enc("hoa binh " + tok))).stream().sorted().toList());
        assertEquals(List.of(accented, plain), ids(search("vanthu", "q=" + enc("hòa bình " + tok))));
        assertEquals(List.of(accented, plain), ids(search("vanthu", "q=" + enc("hoà bình thuỷ lợi " + tok))));
        assertEquals(List.of(accented), ids(search("vanthu", "q=" + enc("quyet dinh " + tok))), "unaccented");
        assertEquals(List.of(accented), ids(search("vanthu", "q=" + enc("QUYẾT ĐỊNH " + tok))));

        for (String n : List.of(number + "/QĐ-UBND", number + "/QD-UBND", number + " qđ ubnd")) {
            assertEquals(List.of(accented), ids(search("vanthu", "q=" + enc(n))), n);
            assertEquals(List.of(accented), ids(search("vanthu", "notation=" + enc(n))), n);
        }
        assertEquals(List.of(accented), ids(search("vanthu", "q=" + enc(number + "/QĐ"))), "prefix");
        assertEquals(List.of(accented), ids(search("vanthu", "notation=" + enc(number.substring(0, 7)))), "prefix");
        // field search: the subject only
        assertEquals(List.of(accented), ids(search("vanthu", "subject=" + enc("hòa bình " + tok) + "&type=QD")));
    }

    @Test
    void resultsCountsAndFacetsHoldOnlyWhatTheUserMaySee() {
        String tok = token();
        long kt = department("KT");
        long nc = department("NC");
        long forKt = register("vanthu", Map.of("subject", "Giao Phòng Kinh tế " + tok, "recipientDepartmentId", kt),
                pdf("Phòng Kinh tế"));
        long forNc = register("vanthu", Map.of("subject", "Giao Phòng Nội chính " + tok, "recipientDepartmentId", nc),
                pdf("Phòng Nội chính"));

        // a clerk cleared for MAT registers a secret document in a secret register
        String secretClerk = "vanthu.mat" + UUID.randomUUID().toString().substring(0, 6);
        Api.Reply user = AdminIT.send("POST", "quantri", "/api/admin/users", AdminIT.userBody(secretClerk,
                department("VP"), List.of("CLERK"), "MAT", List.of(), null));
        assertEquals(201, user.status(), user.text());
        int year = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
        Api.Reply reg = AdminIT.send("POST", "quantri", "/api/registers", Map.of("year", year, "kind", "INCOMING",
                "series", "SECRET", "code", "MAT" + tok.substring(0, 6), "name", "Sổ văn bản mật " + tok));
        assertEquals(201, reg.status(), reg.text());
        Map<String, Object> secret = new LinkedHashMap<>(Map.of("subject", "Văn bản mật giao Phòng Kinh tế " + tok,
                "recipientDepartmentId", kt, "secrecy", "MAT", "registerId", reg.json().get("id").asLong()));
        long forKtSecret = registerAs(Api.basic(secretClerk, SECRET_PASSWORD), secret, pdf("Mật"));

        // the clerk without clearance: both normal documents, not the secret one — in hits, total and facets
        JsonNode clerk = search("vanthu", "q=" + tok);
        assertEquals(List.of(forKt, forNc).stream().sorted().toList(), ids(clerk).stream().sorted().toList());
        assertEquals(2, clerk.get("total").asLong());
        assertEquals(Map.of(Long.toString(kt), 1L, Long.toString(nc), 1L), facet(clerk, "department"));
        assertEquals(2L, facet(clerk, "kind").get("INCOMING"));

        // the specialist of Phòng Kinh tế: only what was handed to the department, counts included
        JsonNode specialist = search("chuyenvien", "q=" + tok);
        assertEquals(List.of(forKt), ids(specialist));
        assertEquals(1, specialist.get("total").asLong());
        assertEquals(Map.of(Long.toString(kt), 1L), facet(specialist, "department"));
        assertEquals(Map.of("CV", 1L), facet(specialist, "type"));
        // a filter on another department does not reveal anything either
        assertEquals(0, search("chuyenvien", "q=" + tok + "&departmentId=" + nc).get("total").asLong());

        // the cleared clerk sees all three; the leader (no clearance) two; another agency none
        JsonNode cleared = AdminIT.send("GET", secretClerk, SECRET_PASSWORD, "/api/search?q=" + tok, null).json();
        assertEquals(3, cleared.get("total").asLong(), cleared.toString());
        assertTrue(ids(cleared).contains(forKtSecret));
        assertEquals(2, search("lanhdao", "q=" + tok).get("total").asLong());
        JsonNode other = search("vanthu.snv", "q=" + tok);
        assertEquals(0, other.get("total").asLong());
        assertEquals(0, other.get("facets").get("type").size());
    }

    @Test
    void filtersSortAndPages() {
        String tok = token();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(register("vanthu", Map.of("subject", "Thông báo lịch họp số " + i + " " + tok,
                    "priority", i), pdf("Thông báo")));
        }
        JsonNode byDate = search("vanthu", "q=" + tok + "&sort=date&size=2");
        assertEquals(3, byDate.get("total").asLong());
        assertEquals(List.of(ids.get(2), ids.get(1)), ids(byDate), "newest number first");
        assertEquals(List.of(ids.get(0)), ids(search("vanthu", "q=" + tok + "&sort=date&size=2&page=1")));
        assertEquals(List.of(ids.get(1)), ids(search("vanthu", "q=" + tok + "&priority=1")));
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        assertEquals(3, search("vanthu", "q=" + tok + "&from=" + today + "&to=" + today).get("total").asLong());
        assertEquals(0, search("vanthu", "q=" + tok + "&to=2000-01-01").get("total").asLong());
        assertEquals(Map.of("0", 1L, "1", 1L, "2", 1L), facet(search("vanthu", "q=" + tok), "priority"));
    }

    @Test
    void badParametersAreRefusedWithTheirNames() {
        assertProblem(Api.get("vanthu", "/api/search?from=2026-13-01"), "from", "không phải là ngày");
        assertProblem(Api.get("vanthu", "/api/search?page=abc"), "page", "không phải là số");
        assertProblem(Api.get("vanthu", "/api/search?size=0"), "size", "từ 1 đến 100");
        assertProblem(Api.get("vanthu", "/api/search?sort=popular"), "sort", "popular");
        assertProblem(Api.get("vanthu", "/api/search?from=2026-05-02&to=2026-05-01"), "to", "sau hoặc bằng");
        assertProblem(Api.get("vanthu", "/api/search?q=" + "a".repeat(501)), "q", "500");
        assertEquals(401, Api.get(null, "/api/search?q=a").status());
    }

    @Test
    void administratorsSeeIndexHealthAndRebuildIt() throws Exception {
        String tok = token();
        long id = register("vanthu", Map.of("subject", "Hướng dẫn lập lại chỉ mục " + tok), pdf("Hướng dẫn"));
        assertEquals(403, Api.get("vanthu", "/api/admin/search/status").status());
        assertEquals(403, AdminIT.send("POST", "vanthu", "/api/admin/search/reindex", null).status());

        Api.Reply started = AdminIT.send("POST", "quantri", "/api/admin/search/reindex", null);
        assertEquals(202, started.status(), started.text());
        JsonNode status = null;
        for (int i = 0; i < 120; i++) {
            status = Api.get("quantri", "/api/admin/search/status").json();
            if ("DONE".equals(status.get("reindex").get("state").asText())) {
                break;
            }
            Thread.sleep(500);
        }
        assertEquals("DONE", status.get("reindex").get("state").asText(), status.toString());
        assertEquals(BACKEND, status.get("backend").asText());
        assertTrue(status.get("reindex").get("done").asLong() >= 1, status.toString());
        assertEquals(status.get("reindex").get("total").asLong(), status.get("reindex").get("done").asLong());
        assertTrue(status.get("indexed").asLong() >= status.get("reindex").get("done").asLong() - 0, status.toString());
        assertTrue(status.get("extractionJobs").has("PENDING"));
        assertTrue(status.get("outbox").asLong() >= 0, status.toString());
        // still found after the rebuild
        assertEquals(List.of(id), ids(search("vanthu", "q=" + tok)));
    }

    /**
     * The race the re-index's catch-up pass is for: the bulk pass loads a document, the document changes
     * and the search outbox writes it (delete by id, add), then the bulk pass adds its older copy. The tests'
     * server pauses the bulk pass after its first batch is loaded ({@code congvan.search.reindex.test-pause-ms});
     * the document is changed in that window. Without the catch-up it is found twice.
     */
    @Test
    void aDocumentChangedWhileTheIndexIsRebuiltIsFoundOnce() throws Exception {
        String tok = token();
        long id = register("vanthu", Map.of("subject", "Kế hoạch thay đổi trong lúc lập lại chỉ mục " + tok),
                pdf("Kế hoạch, bản đầu"));
        waitFor("vanthu", "q=" + tok, 30);
        long file = Api.get("vanthu", "/api/incoming/" + id).json().get("attachments").get(0).get("id").asLong();

        Api.Reply started = AdminIT.send("POST", "quantri", "/api/admin/search/reindex", null);
        assertEquals(202, started.status(), started.text());
        Thread.sleep(1000); // within the pause (4 s) of the bulk pass
        Api.Reply v2 = Api.postMultipart("vanthu", "/api/incoming/" + id + "/attachments/" + file + "/versions",
                List.of(Api.Part.pdf("ke-hoach-2.pdf", pdf("Kế hoạch, bản sửa đổi"))), List.of("file"));
        assertEquals(201, v2.status(), v2.text());
        JsonNode status = null;
        for (int i = 0; i < 120; i++) {
            status = Api.get("quantri", "/api/admin/search/status").json();
            if (!"RUNNING".equals(status.get("reindex").get("state").asText())) {
                break;
            }
            Thread.sleep(500);
        }
        assertEquals("DONE", status.get("reindex").get("state").asText(), status.toString());
        assertEquals(List.of(id), ids(search("vanthu", "q=" + tok)), "found once, not twice");
    }

    // ---- helpers ----

    static String token() {
        // letters only: one syllable-like word no other test uses
        StringBuilder b = new StringBuilder("zx");
        Random r = new Random();
        for (int i = 0; i < 10; i++) {
            b.append((char) ('a' + r.nextInt(26)));
        }
        return b.toString();
    }

    static JsonNode search(String user, String query) {
        Api.Reply r = Api.get(user, "/api/search?" + query);
        assertEquals(200, r.status(), r.text());
        return r.json();
    }

    static JsonNode waitFor(String user, String query, int seconds) throws InterruptedException {
        long end = System.currentTimeMillis() + seconds * 1000L;
        JsonNode r;
        do {
            r = search(user, query);
            if (r.get("total").asLong() > 0) {
                return r;
            }
            Thread.sleep(250);
        } while (System.currentTimeMillis() < end);
        throw new AssertionError("Not found in " + seconds + " s: " + query + " → " + r);
    }

    /** Waits until the search finds exactly {@code total} documents. */
    static JsonNode waitForTotal(String user, String query, long total, int seconds) throws InterruptedException {
        long end = System.currentTimeMillis() + seconds * 1000L;
        JsonNode r;
        do {
            r = search(user, query);
            if (r.get("total").asLong() == total) {
                return r;
            }
            Thread.sleep(100);
        } while (System.currentTimeMillis() < end);
        throw new AssertionError("Not " + total + " found in " + seconds + " s: " + query + " → " + r);
    }

    static List<Long> ids(JsonNode result) {
        List<Long> out = new ArrayList<>();
        result.get("hits").forEach(h -> out.add(h.get("id").asLong()));
        return out;
    }

    static Map<String, Long> facet(JsonNode result, String name) {
        Map<String, Long> out = new LinkedHashMap<>();
        result.get("facets").get(name).forEach(f -> out.put(f.get("value").asText(), f.get("count").asLong()));
        return out;
    }

    static void assertProblem(Api.Reply r, String field, String text) {
        assertEquals(422, r.status(), r.text());
        assertTrue(r.text().contains("\"" + field + "\""), r.text());
        assertTrue(r.text().contains(text), r.text());
    }

    static long department(String code) {
        for (JsonNode d : Api.get("vanthu", "/api/departments").json()) {
            if (code.equals(d.get("code").asText())) {
                return d.get("id").asLong();
            }
        }
        throw new AssertionError("No department " + code);
    }

    static long register(String user, Map<String, Object> fields, byte[] pdf) {
        return registerAs(Api.basic(user), fields, pdf);
    }

    static long registerAs(String authorization, Map<String, Object> fields, byte[] pdf) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("organName", "Ủy ban nhân dân huyện Hòa Bình");
        m.put("codeNumber", Long.toString(Math.abs(UUID.randomUUID().getMostSignificantBits() % 100000)));
        m.put("codeNotation", "UBND-VP");
        m.put("documentType", "CV");
        m.put("issuedDate", LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1).toString());
        m.put("signerFullName", "Nguyễn Văn An");
        m.put("priority", 0);
        m.putAll(fields);
        Api.Reply r = Api.register(authorization, Api.json(m), Api.Part.pdf("van-ban.pdf", pdf));
        assertEquals(201, r.status(), r.text());
        long id = r.json().get("id").asLong();
        // the index is written right after the commit, from the search outbox: searchable within 2 s
        long end = System.currentTimeMillis() + 2000;
        while (true) {
            Api.Reply found = Api.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Api.BASE
                    + "/api/search?size=100&subject=" + enc((String) m.get("subject"))))
                    .header("Authorization", authorization).GET().build());
            assertEquals(200, found.status(), found.text());
            if (ids(found.json()).contains(id)) {
                return id;
            }
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("Document " + id + " not searchable 2 s after its registration: " + found.text());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** A born-digital PDF in Liberation Serif 2 (every Vietnamese letter). */
    static byte[] pdf(String... paragraphs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out)); Document doc = new Document(pdf)) {
            doc.setFont(PdfFontFactory.createFont("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
                    PdfEncodings.IDENTITY_H));
            for (String p : paragraphs) {
                doc.add(new Paragraph(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
