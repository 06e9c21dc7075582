package vn.congvan.infrastructure.reporting;

import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import vn.congvan.application.reporting.RegisterSheet;
import vn.congvan.domain.model.register.RegisterBook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Prints a register as PDF: A4 landscape, the agency, the book's title, the year and the date range,
 * the Phụ lục IV columns (numbered), the header repeated on every page, "Trang i/n" at the foot.
 * The font is embedded (a subset, Identity-H), so Vietnamese reads and copies correctly.
 */
public final class PdfRegisterRenderer {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private PdfRegisterRenderer() {
    }

    public static byte[] render(RegisterSheet sheet) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfFont regular = PdfFontFactory.createFont(RegisterFonts.find(RegisterFonts.REGULAR).toString(),
                    PdfEncodings.IDENTITY_H, PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
            PdfFont bold = PdfFontFactory.createFont(RegisterFonts.find(RegisterFonts.BOLD).toString(),
                    PdfEncodings.IDENTITY_H, PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
            try (PdfDocument pdf = new PdfDocument(new PdfWriter(out));
                 Document doc = new Document(pdf, PageSize.A4.rotate(), false)) {
                PdfDocumentInfo info = pdf.getDocumentInfo();
                info.setTitle(title(sheet.book()) + " " + sheet.year());
                info.setAuthor(sheet.agencyName());
                info.setCreator("CôngVăn");
                doc.setMargins(36, 30, 40, 30);
                doc.setFont(regular).setFontSize(10);

                doc.add(new Paragraph(nfc(sheet.agencyName())).setFont(bold).setFontSize(11).setMarginBottom(6));
                doc.add(new Paragraph(sheet.book().title()).setFont(bold).setFontSize(16)
                        .setTextAlignment(TextAlignment.CENTER).setMarginBottom(0));
                doc.add(new Paragraph("Năm " + sheet.year()).setFont(bold).setFontSize(12)
                        .setTextAlignment(TextAlignment.CENTER).setMargin(0));
                doc.add(new Paragraph("Từ ngày " + DAY.format(sheet.from()) + " đến ngày " + DAY.format(sheet.to()))
                        .setTextAlignment(TextAlignment.CENTER).setMargin(0));
                doc.add(new Paragraph("Sổ: " + nfc(sheet.registerName())).setFontSize(9)
                        .setTextAlignment(TextAlignment.CENTER).setMarginTop(0).setMarginBottom(8));

                List<RegisterBook.Column> columns = sheet.book().columns();
                float[] widths = new float[columns.size()];
                for (int i = 0; i < widths.length; i++) {
                    widths[i] = columns.get(i).width();
                }
                Table table = new Table(UnitValue.createPercentArray(widths)).useAllAvailableWidth();
                for (RegisterBook.Column c : columns) {
                    table.addHeaderCell(new Cell().add(new Paragraph(c.heading()).setFont(bold))
                            .setTextAlignment(TextAlignment.CENTER).setVerticalAlignment(VerticalAlignment.MIDDLE));
                }
                for (int i = 1; i <= columns.size(); i++) {
                    table.addHeaderCell(new Cell().add(new Paragraph("(" + i + ")")).setFontSize(8)
                            .setTextAlignment(TextAlignment.CENTER));
                }
                if (sheet.rows().isEmpty()) {
                    table.addCell(new Cell(1, columns.size()).add(new Paragraph(
                                    "Không có văn bản nào trong khoảng thời gian này."))
                            .setTextAlignment(TextAlignment.CENTER).setPadding(10));
                }
                for (List<String> row : sheet.rows()) {
                    for (String text : row) {
                        table.addCell(new Cell().add(new Paragraph(nfc(text))).setPadding(3));
                    }
                }
                doc.add(table);

                int pages = pdf.getNumberOfPages();
                for (int p = 1; p <= pages; p++) {
                    float x = pdf.getPage(p).getPageSize().getWidth() / 2;
                    doc.showTextAligned(new Paragraph("Trang " + p + "/" + pages).setFontSize(9), x, 18, p,
                            TextAlignment.CENTER, VerticalAlignment.BOTTOM, 0);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String title(RegisterBook book) {
        String t = book.title().toLowerCase(java.util.Locale.forLanguageTag("vi"));
        return Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    /** Vietnamese typed on some systems arrives decomposed; the font's glyphs are for the composed letters. */
    static String nfc(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
