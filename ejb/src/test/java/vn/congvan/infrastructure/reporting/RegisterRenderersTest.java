package vn.congvan.infrastructure.reporting;

import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvan.application.reporting.RegisterSheet;
import vn.congvan.domain.model.register.RegisterBook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The printed registers: Vietnamese survives in the PDF (read back by iText, fonts listed by pdffonts) and in the XLSX. */
class RegisterRenderersTest {

    /** Short enough for one line of their cells: extracted text runs line by line across the table. */
    private static final String ORGAN = "Bộ Nội vụ";
    private static final String SUBJECT = "Về việc chống lụt bão";

    private static RegisterSheet incoming(int documents) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= documents; i++) {
            rows.add(List.of("0" + (i % 9 + 1) + "/03/2026", Integer.toString(i), ORGAN, i + "/BNV-VP", "28/02/2026",
                    "Công văn: " + SUBJECT, "Phòng Tổ chức", "", "", i == 1 ? "Khẩn" : ""));
        }
        return new RegisterSheet(RegisterBook.INCOMING, "Sở Nội vụ tỉnh Thừa Thiên Huế", "Sổ văn bản đến chung",
                2026, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), rows);
    }

    private static String text(byte[] pdf) throws IOException {
        StringBuilder b = new StringBuilder();
        try (PdfDocument d = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            for (int p = 1; p <= d.getNumberOfPages(); p++) {
                b.append(PdfTextExtractor.getTextFromPage(d.getPage(p))).append('\n');
            }
        }
        return b.toString();
    }

    /** Table cells wrap lines; the words are compared with single spaces. */
    private static String words(String s) {
        return s.replaceAll("\\s+", " ");
    }

    /**
     * Every column heading is printed. A heading that wraps in its cell comes out of the text extractor
     * interleaved with its neighbours' lines, so each of its words is looked for.
     */
    private static void assertHeadings(RegisterBook book, String text) {
        List<String> found = List.of(text.split(" "));
        for (RegisterBook.Column c : book.columns()) {
            for (String w : c.heading().split(" ")) {
                assertTrue(found.contains(w), "heading \"" + c.heading() + "\", word \"" + w + "\": " + text);
            }
        }
    }

    @Test
    void pdfKeepsVietnameseAndEmbedsTheFont(@TempDir Path dir) throws Exception {
        byte[] pdf = PdfRegisterRenderer.render(incoming(3));
        String text = words(text(pdf));
        assertTrue(text.contains("SỔ ĐĂNG KÝ VĂN BẢN ĐẾN"), text);
        assertTrue(text.contains("Tên loại và trích yếu nội dung"), text);
        assertHeadings(RegisterBook.INCOMING, text);
        assertTrue(text.contains("Sở Nội vụ tỉnh Thừa Thiên Huế"), text);
        assertTrue(text.contains("Năm 2026"), text);
        assertTrue(text.contains("Từ ngày 01/01/2026 đến ngày 31/12/2026"), text);
        assertTrue(text.contains(" 1 " + ORGAN + " 1/BNV-VP 28/02/2026 Công văn: " + SUBJECT + " Phòng Tổ chức"), text);
        assertTrue(text.contains("Khẩn"), text);
        assertTrue(text.contains("Trang 1/1"), text);

        try (PdfDocument d = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            Rectangle size = d.getPage(1).getPageSize();
            assertTrue(size.getWidth() > size.getHeight(), "landscape");
            assertEquals(842, Math.round(size.getWidth()), "A4");
        }

        // poppler's view: both Liberation Serif faces, embedded, Unicode-mapped
        Path file = dir.resolve("so.pdf");
        Files.write(file, pdf);
        Process p = new ProcessBuilder("pdffonts", file.toString()).redirectErrorStream(true).start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        String fonts = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), fonts);
        List<String> lines = fonts.lines().filter(l -> l.contains("LiberationSerif")).toList();
        assertEquals(2, lines.size(), fonts);
        for (String l : lines) {
            // columns: name type encoding emb sub uni object ID
            String[] f = l.trim().split("\\s+");
            assertEquals("yes", f[f.length - 5], "embedded: " + l);
            assertEquals("yes", f[f.length - 3], "Unicode map: " + l);
        }
        assertTrue(lines.stream().anyMatch(l -> l.contains("LiberationSerif-Bold")), fonts);
    }

    @Test
    void longRegisterRunsOverPagesWithNumbers() throws IOException {
        byte[] pdf = PdfRegisterRenderer.render(incoming(60));
        String text = text(pdf);
        try (PdfDocument d = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            int pages = d.getNumberOfPages();
            assertTrue(pages > 1, "60 documents fill more than a page");
            assertTrue(text.contains("Trang " + pages + "/" + pages), text);
            String last = words(PdfTextExtractor.getTextFromPage(d.getPage(pages)));
            assertTrue(last.contains("Tên loại và trích yếu nội dung"), "the header repeats: " + last);
        }
    }

    @Test
    void emptyOutgoingRegisterPrintsItsLayout() throws IOException {
        RegisterSheet sheet = new RegisterSheet(RegisterBook.OUTGOING, "Sở Nội vụ", "Sổ văn bản đi", 2026,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), List.of());
        String text = words(text(PdfRegisterRenderer.render(sheet)));
        assertTrue(text.contains("SỔ ĐĂNG KÝ VĂN BẢN ĐI"), text);
        assertHeadings(RegisterBook.OUTGOING, text);
        assertTrue(text.contains("Không có văn bản nào trong khoảng thời gian này."), text);
    }

    @Test
    void xlsxHasHeadingColumnsAndRowsOnA4Landscape() throws IOException {
        RegisterSheet sheet = new RegisterSheet(RegisterBook.FOLLOW_UP, "Sở Nội vụ", "Sổ văn bản đến chung", 2026,
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31),
                List.of(List.of("12", "Công văn số 5/UBND-VP: " + SUBJECT, "Phòng Tổ chức", "15/03/2026", "", "", "")));
        byte[] xlsx = XlsxRegisterRenderer.render(sheet);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet s = wb.getSheetAt(0);
            assertEquals("Sở Nội vụ", s.getRow(0).getCell(0).getStringCellValue());
            assertEquals("SỔ THEO DÕI GIẢI QUYẾT VĂN BẢN ĐẾN", s.getRow(1).getCell(0).getStringCellValue());
            assertEquals("Năm 2026", s.getRow(2).getCell(0).getStringCellValue());
            assertEquals("Từ ngày 01/03/2026 đến ngày 31/03/2026", s.getRow(3).getCell(0).getStringCellValue());
            int h = XlsxRegisterRenderer.HEADER_ROW;
            assertEquals("Thời hạn giải quyết", s.getRow(h).getCell(3).getStringCellValue());
            assertEquals("(7)", s.getRow(h + 1).getCell(6).getStringCellValue());
            assertEquals("12", s.getRow(h + 2).getCell(0).getStringCellValue());
            assertTrue(s.getRow(h + 2).getCell(1).getStringCellValue().endsWith(SUBJECT));
            assertEquals("15/03/2026", s.getRow(h + 2).getCell(3).getStringCellValue());
            assertTrue(s.getPrintSetup().getLandscape());
            assertEquals(PrintSetup.A4_PAPERSIZE, s.getPrintSetup().getPaperSize());
            assertTrue(s.getFooter().getCenter().contains("&P"), s.getFooter().getCenter());
            assertFalse(s.getRow(h + 3) != null, "one document, one row");
        }
    }

    @Test
    void aFontWithoutVietnameseOrNoFontIsAClearError() {
        RegisterFonts.MissingFontException e = org.junit.jupiter.api.Assertions.assertThrows(
                RegisterFonts.MissingFontException.class,
                () -> RegisterFonts.find(RegisterFonts.REGULAR, List.of(Path.of("/nonexistent"))));
        assertTrue(e.getMessage().contains("fonts-liberation2"), e.getMessage());
        // Liberation 1.07 (Debian 12's fonts-liberation) has no ổ, ế, ự: it is passed over, not used with holes
        Path old = Path.of("/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(old) && !RegisterFonts.coversVietnamese(old),
                "an old Liberation is installed");
        org.junit.jupiter.api.Assertions.assertThrows(RegisterFonts.MissingFontException.class,
                () -> RegisterFonts.find(RegisterFonts.REGULAR, List.of(old.getParent())));
    }
}
