package vn.congvan.it;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Printing the Phụ lục IV registers from the deployed application, as PDF and XLSX, read back. */
class RegisterPrintIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final String DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy").format(TODAY.plusDays(10));
    /** Short enough for one line of its cell, so that the PDF's text holds it in one piece. */
    private static final String SUBJECT = "Kiểm kê tài sản " + UUID.randomUUID().toString().substring(0, 8);
    private static long registerId;
    private static long arrivalNumber;

    @BeforeAll
    static void registerADocument() {
        registerId = Api.defaultRegister("vanthu").get("id").asLong();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("organName", "Sở Tài chính tỉnh Mẫu");
        m.put("codeNumber", "123");
        m.put("codeNotation", "STC-QLCS");
        m.put("documentType", "CV");
        m.put("issuedDate", TODAY.minusDays(1).toString());
        m.put("subject", SUBJECT);
        m.put("dueDate", TODAY.plusDays(10).toString());
        m.put("description", "Ghi chú: cần trả lời");
        Api.Reply r = Api.register(Api.basic("vanthu"), Api.json(m), Api.Part.pdf("kiem-ke.pdf", Pdfs.onePage("kiem ke")));
        assertEquals(201, r.status(), r.text());
        arrivalNumber = r.json().get("arrivalNumber").asLong();
    }

    private static String path(long register, String query) {
        return "/api/registers/" + register + "/print?" + query;
    }

    private static String today() {
        return "from=" + TODAY + "&to=" + TODAY;
    }

    private static String pdfText(byte[] pdf) throws IOException {
        StringBuilder b = new StringBuilder();
        try (PdfDocument d = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            for (int p = 1; p <= d.getNumberOfPages(); p++) {
                b.append(PdfTextExtractor.getTextFromPage(d.getPage(p))).append('\n');
            }
        }
        return b.toString().replaceAll("\\s+", " ");
    }

    static List<List<String>> rows(byte[] xlsx) throws IOException {
        List<List<String>> out = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet s = wb.getSheetAt(0);
            for (Row row : s) {
                while (out.size() < row.getRowNum()) {
                    out.add(List.of()); // a blank row has no Row object: keep the indexes those of the sheet
                }
                List<String> cells = new ArrayList<>();
                for (Cell c : row) {
                    cells.add(c.getStringCellValue());
                }
                out.add(cells);
            }
        }
        return out;
    }

    @Test
    void incomingRegisterAsPdf() throws IOException {
        Api.Reply r = Api.get("vanthu", path(registerId, today() + "&format=pdf"));
        assertEquals(200, r.status(), r.text());
        assertEquals("application/pdf", r.contentType());
        assertTrue(r.header("Content-Disposition").contains(".pdf"), r.header("Content-Disposition"));
        String text = pdfText(r.body());
        assertTrue(text.contains("SỔ ĐĂNG KÝ VĂN BẢN ĐẾN"), text);
        assertTrue(text.contains("Ủy ban nhân dân tỉnh Mẫu"), text);
        assertTrue(text.contains("Tên loại và trích yếu nội dung"), text);
        assertTrue(text.contains(SUBJECT), text);
        assertTrue(text.contains("123/STC-QLCS"), text);
        assertTrue(text.contains("Trang 1/"), text);
    }

    @Test
    void incomingRegisterAsXlsx() throws IOException {
        Api.Reply r = Api.get("vanthu", path(registerId, today() + "&format=xlsx"));
        assertEquals(200, r.status(), r.text());
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", r.contentType());
        List<List<String>> rows = rows(r.body());
        assertEquals("SỔ ĐĂNG KÝ VĂN BẢN ĐẾN", rows.get(1).get(0));
        assertEquals("Tên loại và trích yếu nội dung", rows.get(6).get(5));
        List<String> mine = rows.stream().filter(x -> x.size() == 10 && x.get(5).endsWith(SUBJECT)).findFirst()
                .orElseThrow(() -> new AssertionError("the document is printed: " + rows));
        assertEquals(Long.toString(arrivalNumber), mine.get(1));
        assertEquals("Sở Tài chính tỉnh Mẫu", mine.get(2));
        assertEquals("Công văn: " + SUBJECT, mine.get(5));
        assertEquals("Ghi chú: cần trả lời", mine.get(9));
    }

    @Test
    void followUpRegisterCarriesTheDueDate() throws IOException {
        Api.Reply r = Api.get("vanthu", path(registerId, today() + "&format=xlsx&book=follow-up"));
        assertEquals(200, r.status(), r.text());
        List<List<String>> rows = rows(r.body());
        assertEquals("SỔ THEO DÕI GIẢI QUYẾT VĂN BẢN ĐẾN", rows.get(1).get(0));
        List<String> mine = rows.stream().filter(x -> x.size() == 7 && x.get(1).endsWith(SUBJECT)).findFirst()
                .orElseThrow(() -> new AssertionError("the document is printed: " + rows));
        assertEquals(Long.toString(arrivalNumber), mine.get(0));
        assertEquals(DAY, mine.get(3));
    }

    @Test
    void printsOnlyWhatTheCallerMaySee() throws IOException {
        // the specialist's department was not handed the document
        Api.Reply r = Api.get("chuyenvien", path(registerId, today() + "&format=pdf"));
        assertEquals(200, r.status(), r.text());
        String text = pdfText(r.body());
        assertTrue(text.contains("SỔ ĐĂNG KÝ VĂN BẢN ĐẾN"), text);
        assertFalse(text.contains(SUBJECT), text);
        // another agency does not learn that the register exists
        assertEquals(404, Api.get("vanthu.snv", path(registerId, today())).status());
    }

    @Test
    void outgoingRegisterPrintsItsEmptyLayout() throws IOException {
        // a register of its own: the other outgoing registers of the year hold documents of other tests
        Api.Reply created = Api.postJson("quantri", "/api/registers", Map.of("year", TODAY.getYear(),
                "kind", "OUTGOING", "series", "NORMAL", "code", "DI" + System.nanoTime() % 1_000_000_000L,
                "name", "Sổ văn bản đi"));
        assertEquals(201, created.status(), created.text());
        long outgoing = created.json().get("id").asLong();
        Api.Reply r = Api.get("vanthu", path(outgoing, "format=pdf"));
        assertEquals(200, r.status(), r.text());
        String text = pdfText(r.body());
        assertTrue(text.contains("SỔ ĐĂNG KÝ VĂN BẢN ĐI"), text);
        assertTrue(text.contains("Tên loại và trích yếu nội dung"), text);
        assertTrue(text.contains("Không có văn bản nào trong khoảng thời gian này."), text);
        assertTrue(text.contains("Từ ngày 01/01/" + TODAY.getYear() + " đến ngày 31/12/" + TODAY.getYear()), text);
        assertEquals(422, Api.get("vanthu", path(outgoing, "book=follow-up")).status(), "follow-up is kept on incoming registers");
    }

    @Test
    void badRequestsAreRefusedWithAProblem() {
        Api.Reply badDate = Api.get("vanthu", path(registerId, "from=2026-13-01&to=2026-12-31"));
        assertEquals(422, badDate.status(), badDate.text());
        assertEquals("error.validation", badDate.json().get("code").asText());
        assertEquals("from", badDate.json().get("errors").get(0).get("field").asText());
        assertEquals("print.date.invalid", badDate.json().get("errors").get(0).get("code").asText());

        Api.Reply reversed = Api.get("vanthu", path(registerId, "from=2026-12-31&to=2026-01-01"));
        assertEquals(422, reversed.status(), reversed.text());
        assertEquals("print.range.reversed", reversed.json().get("errors").get(0).get("code").asText());

        Api.Reply format = Api.get("vanthu", path(registerId, "format=docx"));
        assertEquals(422, format.status(), format.text());
        assertEquals("print.format.unknown", format.json().get("errors").get(0).get("code").asText());

        Api.Reply unknown = Api.get("vanthu", path(987654321L, "format=pdf"));
        assertEquals(404, unknown.status(), unknown.text());
        assertEquals("register.notFound", unknown.json().get("code").asText());
    }
}
