package vn.congvan.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Outgoing documents over HTTP against the deployed EAR: issuing with a number and notation from the
 * register's pattern, gap-free numbering under concurrency, closing a register, a new year from 1,
 * withdrawing, duplicate notations, bad input, and the printed outgoing register.
 *
 * <p>Every test works in registers of its own with a notation pattern carrying a unique suffix, so that
 * runs against the same database never collide on "số, ký hiệu".
 */
class OutgoingIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static long vpId;
    private static long ktId;

    @BeforeAll
    static void departments() {
        for (JsonNode d : Api.get("vanthu", "/api/departments").json()) {
            if (d.get("code").asText().equals("VP")) {
                vpId = d.get("id").asLong();
            }
            if (d.get("code").asText().equals("KT")) {
                ktId = d.get("id").asLong();
            }
        }
        assertTrue(vpId > 0 && ktId > 0, "demo departments VP and KT");
    }

    // --- helpers ---

    private static String suffix() {
        return "T" + Long.toString(Math.abs(UUID.randomUUID().getMostSignificantBits()) % 1_000_000_000L, 36).toUpperCase();
    }

    /** A fresh outgoing register of the year, with patterns that end in {@code suffix}. */
    static JsonNode newRegister(int year, String series, String suffix) {
        String code = "OUT" + suffix;
        Api.Reply created = Api.postJson("quantri", "/api/registers", Map.of("year", year, "kind", "OUTGOING",
                "series", series, "code", code, "name", "Sổ đi thử " + code + " " + year));
        assertEquals(201, created.status(), created.text());
        long id = created.json().get("id").asLong();
        if (series.equals("SECRET")) {
            return created.json(); // the administrator is not cleared for Mật: the pattern stays the default
        }
        Api.Reply pattern = Api.put("quantri", "/api/registers/" + id + "/notation-pattern", "application/json",
                Api.json(Map.of("notationPattern", "{number}/{type}-{agency}-" + suffix,
                        "letterPattern", "{number}/{agency}-{unit}-" + suffix)).getBytes());
        assertEquals(200, pattern.status(), pattern.text());
        return pattern.json();
    }

    static Map<String, Object> metadata(Long registerId, String type, String subject) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (registerId != null) {
            m.put("registerId", registerId);
        }
        m.put("documentType", type);
        m.put("subject", subject);
        m.put("signerPosition", "Chủ tịch");
        m.put("signerFullName", "Trần Văn Minh");
        m.put("recipients", List.of(Map.of("departmentId", ktId), Map.of("name", "Sở Tài chính tỉnh Mẫu",
                "organId", "000.02.00.H99")));
        m.put("issuedAmount", 5);
        m.put("draftingDepartmentId", vpId);
        m.put("archiveHolder", "VT, VP");
        m.put("description", "Gửi kèm bản điện tử");
        return m;
    }

    static Api.Reply issue(String user, Map<String, Object> metadata, Api.Part... files) {
        List<Api.Part> parts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        if (metadata != null) {
            parts.add(new Api.Part(null, "application/json; charset=UTF-8", Api.json(metadata).getBytes(
                    java.nio.charset.StandardCharsets.UTF_8)));
            names.add("metadata");
        }
        for (Api.Part f : files) {
            parts.add(f);
            names.add("file");
        }
        return Api.postMultipart(user, "/api/outgoing", parts, names);
    }

    static Api.Part pdf(String name) {
        return Api.Part.pdf(name, Pdfs.onePage(name));
    }

    private static JsonNode registerById(String user, long id) {
        Api.Reply r = Api.get(user, "/api/registers/" + id);
        assertEquals(200, r.status(), r.text());
        return r.json();
    }

    // --- tests ---

    @Test
    void issuingNumbersFromTheRegisterPatternWithTwoDigits() {
        String sfx = suffix();
        long reg = newRegister(TODAY.getYear(), "NORMAL", sfx).get("id").asLong();
        byte[] file = Pdfs.onePage("quyet dinh " + sfx);

        Api.Reply first = issue("vanthu", metadata(reg, "QD", "Quyết định phê duyệt kế hoạch " + sfx),
                Api.Part.pdf("quyet-dinh.pdf", file));
        assertEquals(201, first.status(), first.text());
        JsonNode d = first.json();
        assertEquals(1, d.get("number").asLong());
        assertEquals("01", d.get("codeNumber").asText());
        assertEquals("QĐ-UBND-" + sfx, d.get("codeNotation").asText(), "the Đ of QĐ is kept");
        assertEquals("01/QĐ-UBND-" + sfx, d.get("numberAndNotation").asText());
        assertEquals("Ủy ban nhân dân tỉnh Mẫu", d.get("organName").asText());
        assertEquals(TODAY.toString(), d.get("issuedDate").asText());
        assertEquals("vi", d.get("language").asText());
        assertEquals(1, d.get("pageAmount").asInt(), "page count read from the PDF");
        assertEquals(5, d.get("issuedAmount").asInt());
        assertEquals("Chủ tịch", d.get("signerPosition").asText());
        assertEquals("VT, VP", d.get("archiveHolder").asText());
        assertEquals("ISSUED", d.get("status").asText());
        assertEquals(2, d.get("recipients").size());
        assertEquals("INTERNAL", d.get("recipients").get(0).get("kind").asText());
        assertEquals("Phòng Kinh tế", d.get("recipients").get(0).get("name").asText());
        assertEquals("EXTERNAL", d.get("recipients").get(1).get("kind").asText());
        assertEquals("000.02.00.H99", d.get("recipients").get(1).get("organId").asText());
        assertEquals(1, d.get("attachments").size());
        assertFalse(d.get("attachments").get(0).hasNonNull("signatureStatus"), "an unsigned PDF has no verification");
        assertEquals(0, d.get("attachments").get(0).get("signatureCount").asInt());
        assertTrue(first.header("Location").endsWith("/api/outgoing/" + d.get("id").asLong()), first.header("Location"));

        // công văn: no type abbreviation, the drafting unit instead
        Api.Reply letter = issue("vanthu", metadata(reg, "CV", "Công văn đôn đốc " + sfx), pdf("cv.pdf"));
        assertEquals(201, letter.status(), letter.text());
        assertEquals("02/UBND-VP-" + sfx, letter.json().get("numberAndNotation").asText());
        // HĐ is not HD
        Api.Reply contract = issue("vanthu", metadata(reg, "HDD", "Hợp đồng " + sfx), pdf("hd.pdf"));
        assertEquals("03/HĐ-UBND-" + sfx, contract.json().get("numberAndNotation").asText());
        Api.Reply guide = issue("vanthu", metadata(reg, "HD", "Hướng dẫn " + sfx), pdf("hd2.pdf"));
        assertEquals("04/HD-UBND-" + sfx, guide.json().get("numberAndNotation").asText());
        assertEquals(5, registerById("vanthu", reg).get("nextNumber").asLong());

        // read back, list with filters, download, history
        long id = d.get("id").asLong();
        JsonNode got = Api.get("lanhdao", "/api/outgoing/" + id).json();
        assertEquals("01/QĐ-UBND-" + sfx, got.get("numberAndNotation").asText());
        JsonNode page = Api.get("vanthu", "/api/outgoing?registerId=" + reg + "&size=2").json();
        assertEquals(4, page.get("total").asLong());
        assertEquals(2, page.get("items").size());
        assertEquals(4, page.get("items").get(0).get("number").asLong(), "newest first");
        JsonNode found = Api.get("vanthu", "/api/outgoing?registerId=" + reg + "&q=h%C6%B0%E1%BB%9Bng+d%E1%BA%ABn").json();
        assertEquals(1, found.get("total").asLong(), found.toString());
        assertEquals("04/HD-UBND-" + sfx, found.get("items").get(0).get("numberAndNotation").asText());

        long attachment = d.get("attachments").get(0).get("id").asLong();
        Api.Reply download = Api.get("vanthu", "/api/outgoing/" + id + "/attachments/" + attachment + "/content");
        assertEquals(200, download.status());
        assertArrayEquals(file, download.body());
        assertEquals(404, Api.get("vanthu", "/api/outgoing/" + id + "/attachments/" + attachment
                + "/signature-report").status(), "no signature, no report");

        List<String> actions = new ArrayList<>();
        Api.get("vanthu", "/api/outgoing/" + id + "/history").json().forEach(h -> actions.add(h.get("action").asText()));
        assertEquals("REGISTERED", actions.get(0));
        assertTrue(actions.contains("VIEWED") && actions.contains("DOWNLOADED"), actions.toString());

        // the specialist of the receiving department sees it; another agency does not learn it exists
        assertEquals(200, Api.get("chuyenvien", "/api/outgoing/" + id).status());
        assertEquals(404, Api.get("vanthu.snv", "/api/outgoing/" + id).status());
        assertEquals(404, Api.get("vanthu.snv", "/api/outgoing?registerId=" + reg).status());
    }

    @Test
    void twentyParallelRegistrationsGetNumbersOneToTwentyWithoutGapOrDuplicate() throws Exception {
        int clients = 20;
        String sfx = suffix();
        long reg = newRegister(TODAY.getYear(), "NORMAL", sfx).get("id").asLong();
        byte[] file = Pdfs.onePage("song song");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            int n = i;
            replies.add(pool.submit(() -> {
                start.await();
                return issue("vanthu", metadata(reg, "TB", "Thông báo song song " + n + " " + sfx),
                        Api.Part.pdf("tb" + n + ".pdf", file));
            }));
        }
        start.countDown();
        List<Long> numbers = new ArrayList<>();
        List<String> notations = new ArrayList<>();
        for (Future<Api.Reply> f : replies) {
            Api.Reply r = f.get();
            assertEquals(201, r.status(), r.text());
            numbers.add(r.json().get("number").asLong());
            notations.add(r.json().get("numberAndNotation").asText());
        }
        pool.shutdown();
        assertEquals(clients, new TreeSet<>(numbers).size(), "no duplicate: " + numbers);
        assertEquals(LongStream.rangeClosed(1, clients).boxed().collect(Collectors.toList()),
                new ArrayList<>(new TreeSet<>(numbers)), "no gap");
        assertEquals(IntStream.rangeClosed(1, clients).mapToObj(n -> String.format("%02d/TB-UBND-%s", n, sfx))
                .collect(Collectors.toCollection(TreeSet::new)), new TreeSet<>(notations));
        assertEquals(clients + 1, registerById("vanthu", reg).get("nextNumber").asLong());
    }

    @Test
    void aClosedRegisterRefusesNumbersAndIsFrozen() {
        String sfx = suffix();
        long reg = newRegister(TODAY.getYear(), "NORMAL", sfx).get("id").asLong();
        assertEquals(201, issue("vanthu", metadata(reg, "KH", "Kế hoạch " + sfx), pdf("kh.pdf")).status());

        assertEquals(403, Api.postJson("chuyenvien", "/api/registers/" + reg + "/close", Map.of()).status());
        Api.Reply closed = Api.postJson("vanthu", "/api/registers/" + reg + "/close", Map.of());
        assertEquals(200, closed.status(), closed.text());
        assertTrue(closed.json().get("closed").asBoolean());
        assertEquals("vanthu", closed.json().get("closedBy").asText());

        Api.Reply refused = issue("vanthu", metadata(reg, "KH", "Sau khi đóng sổ " + sfx), pdf("kh2.pdf"));
        assertEquals(409, refused.status(), refused.text());
        assertEquals("register.closed", refused.json().get("code").asText());
        assertTrue(refused.json().get("title").asText().contains("đã khóa"), refused.text());
        assertEquals(2, registerById("vanthu", reg).get("nextNumber").asLong(), "no number taken");

        Api.Reply again = Api.postJson("quantri", "/api/registers/" + reg + "/close", Map.of());
        assertEquals(409, again.status(), again.text());
        assertEquals("register.alreadyClosed", again.json().get("code").asText());
        Api.Reply pattern = Api.put("quantri", "/api/registers/" + reg + "/notation-pattern", "application/json",
                Api.json(Map.of("notationPattern", "{number}/{type}-{agency}")).getBytes());
        assertEquals(409, pattern.status(), pattern.text());
        assertEquals("register.frozen", pattern.json().get("code").asText());

        List<String> actions = new ArrayList<>();
        Api.get("quantri", "/api/registers/" + reg + "/history").json().forEach(h -> actions.add(h.get("action").asText()));
        assertEquals(List.of("PATTERN_SET", "CLOSED"), actions);
    }

    @Test
    void aNewYearStartsAtOneWithLastYearsPatterns() {
        // an explicit past year, so that the test does not depend on the date it runs
        int year = 2001 + ThreadLocalRandom.current().nextInt(20);
        String sfx = suffix();
        JsonNode old = newRegister(year, "NORMAL", sfx);
        long oldId = old.get("id").asLong();
        for (int i = 1; i <= 3; i++) {
            Map<String, Object> m = metadata(oldId, "QD", "Quyết định năm cũ " + i + " " + sfx);
            m.put("issuedDate", LocalDate.of(year, 12, 28 + i).toString());
            Api.Reply r = issue("vanthu", m, pdf("old" + i + ".pdf"));
            assertEquals(201, r.status(), r.text());
            assertEquals(i, r.json().get("number").asLong());
        }
        // a document of another year does not go into this register
        Map<String, Object> wrongYear = metadata(oldId, "QD", "Sai năm " + sfx);
        wrongYear.put("issuedDate", LocalDate.of(year + 1, 1, 2).toString());
        Api.Reply refused = issue("vanthu", wrongYear, pdf("wrong.pdf"));
        assertEquals(422, refused.status(), refused.text());
        assertEquals("register.wrongYear", refused.json().get("errors").get(0).get("code").asText());

        assertEquals(403, Api.postJson("vanthu", "/api/registers/open-year", Map.of("year", year + 1)).status());
        Api.Reply opened = Api.postJson("quantri", "/api/registers/open-year", Map.of("year", year + 1));
        assertEquals(200, opened.status(), opened.text());
        JsonNode copy = null;
        for (JsonNode r : opened.json()) {
            if (r.get("code").asText().equals(old.get("code").asText()) && r.get("kind").asText().equals("OUTGOING")) {
                copy = r;
            }
        }
        assertTrue(copy != null, "last year's register copied: " + opened.text());
        assertEquals(year + 1, copy.get("year").asInt());
        assertEquals(1, copy.get("nextNumber").asLong());
        assertEquals(old.get("notationPattern").asText(), copy.get("notationPattern").asText());
        assertFalse(copy.get("closed").asBoolean());

        Map<String, Object> m = metadata(copy.get("id").asLong(), "QD", "Quyết định đầu năm mới " + sfx);
        m.put("issuedDate", LocalDate.of(year + 1, 1, 2).toString());
        Api.Reply first = issue("vanthu", m, pdf("new.pdf"));
        assertEquals(201, first.status(), first.text());
        assertEquals(1, first.json().get("number").asLong());
        assertEquals("01/QĐ-UBND-" + sfx, first.json().get("numberAndNotation").asText(),
                "the same notation as last year's first document: unique per year");
        // opening again creates nothing new
        Api.Reply twice = Api.postJson("quantri", "/api/registers/open-year", Map.of("year", year + 1));
        assertEquals(opened.json().size(), twice.json().size());
    }

    @Test
    void withdrawingKeepsTheNumberWhichIsNeverReused() throws IOException {
        String sfx = suffix();
        long reg = newRegister(TODAY.getYear(), "NORMAL", sfx).get("id").asLong();
        String subject = "Thông báo sẽ thu hồi " + sfx;
        Api.Reply issued = issue("vanthu", metadata(reg, "TB", subject), pdf("tb.pdf"));
        assertEquals(201, issued.status(), issued.text());
        long id = issued.json().get("id").asLong();

        Api.Reply noReason = Api.postJson("vanthu", "/api/outgoing/" + id + "/withdraw", Map.of("reason", " "));
        assertEquals(422, noReason.status(), noReason.text());
        assertEquals("reason", noReason.json().get("errors").get(0).get("field").asText());
        assertEquals(403, Api.postJson("chuyenvien", "/api/outgoing/" + id + "/withdraw",
                Map.of("reason", "Sai nội dung")).status());

        Api.Reply withdrawn = Api.postJson("vanthu", "/api/outgoing/" + id + "/withdraw",
                Map.of("reason", "Sai địa chỉ nơi nhận"));
        assertEquals(200, withdrawn.status(), withdrawn.text());
        assertEquals("WITHDRAWN", withdrawn.json().get("status").asText());
        assertEquals(1, withdrawn.json().get("number").asLong());
        assertEquals("01/TB-UBND-" + sfx, withdrawn.json().get("numberAndNotation").asText());
        assertEquals("Sai địa chỉ nơi nhận", withdrawn.json().get("withdrawReason").asText());

        Api.Reply twice = Api.postJson("vanthu", "/api/outgoing/" + id + "/withdraw", Map.of("reason", "Lần nữa"));
        assertEquals(409, twice.status(), twice.text());
        assertEquals("outgoing.alreadyWithdrawn", twice.json().get("code").asText());

        Api.Reply next = issue("vanthu", metadata(reg, "TB", "Thông báo thay thế " + sfx), pdf("tb2.pdf"));
        assertEquals(2, next.json().get("number").asLong(), "the withdrawn number is not given again");

        assertEquals(1, Api.get("vanthu", "/api/outgoing?registerId=" + reg + "&status=WITHDRAWN").json()
                .get("total").asLong());
        assertEquals(1, Api.get("vanthu", "/api/outgoing?registerId=" + reg + "&status=ISSUED").json()
                .get("total").asLong());
        List<String> actions = new ArrayList<>();
        Api.get("vanthu", "/api/outgoing/" + id + "/history").json().forEach(h -> actions.add(h.get("action").asText()));
        assertTrue(actions.contains("WITHDRAWN"), actions.toString());

        // the printed register still holds the withdrawn document, marked withdrawn
        Api.Reply print = Api.get("vanthu", "/api/registers/" + reg + "/print?format=pdf&from=" + TODAY + "&to=" + TODAY);
        assertEquals(200, print.status(), print.text());
        String text = pdfText(print.body());
        // a cell's text wraps inside its column and the extraction reads line by line across the row:
        // look for pieces that fit on one line, and for the exact cells in the XLSX print below
        assertTrue(text.contains("SỔ ĐĂNG KÝ VĂN BẢN ĐI"), text);
        assertTrue(text.contains("01/TB-UBND-"), text);
        assertTrue(text.contains("02/TB-UBND-"), text);
        assertTrue(text.split(sfx, -1).length - 1 >= 2, "the notations' suffix is printed: " + text);
        assertTrue(text.contains("ĐÃ THU"), text);
        assertTrue(text.contains("Sai địa chỉ nơi nhận"), text);
        assertTrue(text.contains("Trần Văn Minh"), text);
        assertTrue(text.contains("Thông báo sẽ thu hồi"), text);

        Api.Reply xlsx = Api.get("vanthu", "/api/registers/" + reg + "/print?format=xlsx&from=" + TODAY + "&to=" + TODAY);
        assertEquals(200, xlsx.status(), xlsx.text());
        List<List<String>> rows = xlsxRows(xlsx.body());
        List<String> withdrawnRow = rows.stream().filter(r -> r.size() == 10 && r.get(0).equals("01/TB-UBND-" + sfx))
                .findFirst().orElseThrow(() -> new AssertionError("withdrawn document printed: " + rows));
        assertEquals("Thông báo: " + subject, withdrawnRow.get(2));
        assertEquals("Trần Văn Minh (Chủ tịch)", withdrawnRow.get(3));
        assertEquals("Phòng Kinh tế; Sở Tài chính tỉnh Mẫu", withdrawnRow.get(4));
        assertEquals("VT, VP", withdrawnRow.get(5));
        assertEquals("5", withdrawnRow.get(6));
        assertTrue(withdrawnRow.get(9).startsWith("ĐÃ THU HỒI ngày "), withdrawnRow.get(9));
        assertTrue(withdrawnRow.get(9).contains("Sai địa chỉ nơi nhận"), withdrawnRow.get(9));
        assertTrue(rows.stream().anyMatch(r -> r.size() == 10 && r.get(0).equals("02/TB-UBND-" + sfx)), rows.toString());
    }

    @Test
    void theSameNumberAndNotationTwiceInAYearIsRefused() {
        String sfx = suffix();
        long a = newRegister(TODAY.getYear(), "NORMAL", sfx).get("id").asLong();
        // a second register with the same patterns: its number 01 would repeat 01/BC-UBND-<sfx>
        String code = "OUX" + sfx;
        Api.Reply created = Api.postJson("quantri", "/api/registers", Map.of("year", TODAY.getYear(),
                "kind", "OUTGOING", "series", "INTERNAL", "code", code, "name", "Sổ nội bộ " + code));
        assertEquals(201, created.status(), created.text());
        long b = created.json().get("id").asLong();
        assertEquals(200, Api.put("quantri", "/api/registers/" + b + "/notation-pattern", "application/json",
                Api.json(Map.of("notationPattern", "{number}/{type}-{agency}-" + sfx)).getBytes()).status());

        assertEquals(201, issue("vanthu", metadata(a, "BC", "Báo cáo A " + sfx), pdf("a.pdf")).status());
        Api.Reply dup = issue("vanthu", metadata(b, "BC", "Báo cáo B " + sfx), pdf("b.pdf"));
        assertEquals(409, dup.status(), dup.text());
        assertEquals("outgoing.duplicateNotation", dup.json().get("code").asText());
        assertTrue(dup.json().get("title").asText().contains("01/BC-UBND-" + sfx), dup.text());
        assertEquals(1, registerById("vanthu", b).get("nextNumber").asLong(), "the refused document took no number");
    }

    @Test
    void badInputIsRefusedWithAProblemAndSavesNothing() {
        String sfx = suffix();
        long reg = newRegister(TODAY.getYear(), "NORMAL", sfx).get("id").asLong();

        Api.Reply noMetadata = issue("vanthu", null, pdf("x.pdf"));
        assertEquals(400, noMetadata.status(), noMetadata.text());

        Map<String, Object> m = metadata(reg, "QD", "");
        m.put("subject", "x".repeat(501));
        Api.Reply longSubject = issue("vanthu", m, pdf("x.pdf"));
        assertEquals(422, longSubject.status(), longSubject.text());
        assertEquals("subject", longSubject.json().get("errors").get(0).get("field").asText());
        assertEquals("validation.size.max", longSubject.json().get("errors").get(0).get("code").asText());

        Map<String, Object> several = metadata(reg, "XYZ", "Sai nhiều chỗ " + sfx);
        several.put("issuedDate", TODAY.plusDays(3).toString());
        several.put("recipients", List.of(Map.of("departmentId", 987654321L), Map.of("name", "Sở A"),
                Map.of("name", "sở a")));
        Api.Reply bad = issue("vanthu", several);
        assertEquals(422, bad.status(), bad.text());
        List<String> fields = new ArrayList<>();
        bad.json().get("errors").forEach(e -> fields.add(e.get("field").asText() + ":" + e.get("code").asText()));
        assertTrue(fields.contains("documentType:validation.documentType.unknown"), fields.toString());
        assertTrue(fields.contains("issuedDate:validation.issuedDate.future"), fields.toString());
        assertTrue(fields.contains("recipients[0].departmentId:validation.department.unknown"), fields.toString());
        assertTrue(fields.contains("recipients[2]:outgoing.recipient.duplicate"), fields.toString());
        assertTrue(fields.contains("file:validation.file.required"), fields.toString());

        Api.Reply notPdf = issue("vanthu", metadata(reg, "QD", "Không phải PDF " + sfx),
                new Api.Part("a.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        "PK not a pdf".getBytes()));
        assertEquals(415, notPdf.status(), notPdf.text());

        // công văn with the pattern {number}/{agency}-{unit}-…: the drafting unit is needed
        Map<String, Object> noUnit = metadata(reg, "CV", "Công văn thiếu đơn vị " + sfx);
        noUnit.remove("draftingDepartmentId");
        Api.Reply missingUnit = issue("vanthu", noUnit, pdf("cv.pdf"));
        assertEquals(422, missingUnit.status(), missingUnit.text());
        assertEquals("draftingDepartmentId", missingUnit.json().get("errors").get(0).get("field").asText());
        assertEquals("notation.valueMissing", missingUnit.json().get("errors").get(0).get("code").asText());

        Api.Reply malformed = Api.postMultipart("vanthu", "/api/outgoing",
                List.of(new Api.Part(null, "application/json", "{\"subject\": ".getBytes()), pdf("x.pdf")),
                List.of("metadata", "file"));
        assertEquals(400, malformed.status(), malformed.text());

        // only clerks issue; only administrators set patterns, and only valid ones
        assertEquals(403, issue("chuyenvien", metadata(reg, "QD", "Chuyên viên " + sfx), pdf("x.pdf")).status());
        assertEquals(403, Api.put("vanthu", "/api/registers/" + reg + "/notation-pattern", "application/json",
                Api.json(Map.of("notationPattern", "{number}/{type}-{agency}")).getBytes()).status());
        Api.Reply badPattern = Api.put("quantri", "/api/registers/" + reg + "/notation-pattern", "application/json",
                Api.json(Map.of("notationPattern", "{number}/{kind}-{agency}", "letterPattern", "{number}/{type}-{agency}"))
                        .getBytes());
        assertEquals(422, badPattern.status(), badPattern.text());
        assertEquals("notation.pattern.UNKNOWN_PLACEHOLDER", badPattern.json().get("errors").get(0).get("code").asText());
        assertTrue(badPattern.json().get("errors").get(0).get("message").asText().contains("{kind}"), badPattern.text());
        assertEquals("notation.pattern.TYPE_IN_LETTER_PATTERN", badPattern.json().get("errors").get(1).get("code").asText());
        Api.Reply noNumber = Api.put("quantri", "/api/registers/" + reg + "/notation-pattern", "application/json",
                Api.json(Map.of("notationPattern", "{type}-{agency}")).getBytes());
        assertEquals("notation.pattern.NUMBER_FIRST", noNumber.json().get("errors").get(0).get("code").asText());

        assertEquals(404, Api.get("vanthu", "/api/outgoing/987654321").status());
        assertEquals(404, issue("vanthu", metadata(987654321L, "QD", "Sổ không có " + sfx), pdf("x.pdf")).status());
        Api.Reply incomingRegister = issue("vanthu", metadata(Api.defaultRegister("vanthu").get("id").asLong(), "QD",
                "Sổ đến " + sfx), pdf("x.pdf"));
        assertEquals(422, incomingRegister.status(), incomingRegister.text());
        Api.Reply badDate = Api.get("vanthu", "/api/outgoing?registerId=" + reg + "&from=2026-02-30");
        assertEquals(422, badDate.status(), badDate.text());

        // nothing of the above was saved or numbered
        assertEquals(1, registerById("vanthu", reg).get("nextNumber").asLong());
        assertEquals(0, Api.get("vanthu", "/api/outgoing?registerId=" + reg).json().get("total").asLong());
    }

    @Test
    void theSecretSeriesIsOnlyForClearedUsersAndPreviewTakesNoNumber() {
        String sfx = suffix();
        long secret = newRegister(TODAY.getYear(), "SECRET", sfx).get("id").asLong();
        // vanthu has no clearance for Mật: the secret register is neither listed nor usable
        for (JsonNode r : Api.get("vanthu", "/api/registers?kind=OUTGOING").json()) {
            assertFalse(r.get("id").asLong() == secret, "secret register listed to an uncleared clerk");
        }
        Map<String, Object> m = metadata(secret, "QD", "Văn bản mật " + sfx);
        m.put("secrecy", "MAT");
        assertEquals(404, issue("vanthu", m, pdf("mat.pdf")).status());
        assertEquals(404, Api.get("vanthu", "/api/outgoing?registerId=" + secret).status());

        long reg = newRegister(TODAY.getYear(), "NORMAL", sfx + "N").get("id").asLong();
        Api.Reply preview = Api.get("vanthu", "/api/outgoing/notation-preview?registerId=" + reg
                + "&documentType=CV&draftingDepartmentId=" + vpId);
        assertEquals(200, preview.status(), preview.text());
        assertEquals("01/UBND-VP-" + sfx + "N", preview.json().get("numberAndNotation").asText());
        assertEquals(1, registerById("vanthu", reg).get("nextNumber").asLong());
        Map<String, Object> secretInNormal = metadata(reg, "QD", "Mật vào sổ thường " + sfx);
        secretInNormal.put("secrecy", "MAT");
        Api.Reply refused = issue("vanthu", secretInNormal, pdf("x.pdf"));
        assertEquals(422, refused.status(), refused.text());
        assertEquals("validation.secrecy.normalRegister", refused.json().get("errors").get(0).get("code").asText());
    }

    static List<List<String>> xlsxRows(byte[] xlsx) throws IOException {
        List<List<String>> out = new ArrayList<>();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb =
                     new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (org.apache.poi.ss.usermodel.Row row : wb.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (org.apache.poi.ss.usermodel.Cell c : row) {
                    cells.add(c.getStringCellValue());
                }
                out.add(cells);
            }
        }
        return out;
    }

    static String pdfText(byte[] pdf) throws IOException {
        StringBuilder b = new StringBuilder();
        try (PdfDocument d = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            for (int p = 1; p <= d.getNumberOfPages(); p++) {
                b.append(PdfTextExtractor.getTextFromPage(d.getPage(p))).append('\n');
            }
        }
        return b.toString().replaceAll("\\s+", " ");
    }
}
