package vn.congvan.infrastructure.reporting;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.hssf.usermodel.HeaderFooter;
import vn.congvan.application.reporting.RegisterSheet;
import vn.congvan.domain.model.register.RegisterBook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Prints a register as an Excel workbook (XLSX): the same heading and columns as the PDF, set up to
 * print on A4 landscape, fitted to the page width, header rows repeated, "Trang &P/&N" in the footer.
 */
public final class XlsxRegisterRenderer {

    /** Where the table starts: agency, title, year, date range, register, blank. */
    public static final int HEADER_ROW = 6;

    private XlsxRegisterRenderer() {
    }

    public static byte[] render(RegisterSheet sheet) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            List<RegisterBook.Column> columns = sheet.book().columns();
            XSSFSheet s = wb.createSheet("Năm " + sheet.year());
            PrintSetup print = s.getPrintSetup();
            print.setLandscape(true);
            print.setPaperSize(PrintSetup.A4_PAPERSIZE);
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 0);
            s.setFitToPage(true);
            s.setAutobreaks(true);
            s.getFooter().setCenter("Trang " + HeaderFooter.page() + "/" + HeaderFooter.numPages());
            s.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW + 1, -1, -1));

            Font boldFont = wb.createFont();
            boldFont.setBold(true);
            boldFont.setFontName("Times New Roman");
            Font plainFont = wb.createFont();
            plainFont.setFontName("Times New Roman");
            Font titleFont = wb.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 16);
            titleFont.setFontName("Times New Roman");

            CellStyle agency = wb.createCellStyle();
            agency.setFont(boldFont);
            CellStyle title = wb.createCellStyle();
            title.setFont(titleFont);
            title.setAlignment(HorizontalAlignment.CENTER);
            CellStyle centered = wb.createCellStyle();
            centered.setFont(plainFont);
            centered.setAlignment(HorizontalAlignment.CENTER);
            CellStyle centeredBold = wb.createCellStyle();
            centeredBold.setFont(boldFont);
            centeredBold.setAlignment(HorizontalAlignment.CENTER);
            CellStyle head = boxed(wb, boldFont, HorizontalAlignment.CENTER);
            CellStyle number = boxed(wb, plainFont, HorizontalAlignment.CENTER);
            CellStyle cell = boxed(wb, plainFont, HorizontalAlignment.LEFT);

            int last = columns.size() - 1;
            text(s, 0, sheet.agencyName(), agency, 0, last);
            text(s, 1, sheet.book().title(), title, 0, last);
            text(s, 2, "Năm " + sheet.year(), centeredBold, 0, last);
            text(s, 3, "Từ ngày " + PdfRegisterRenderer.DAY.format(sheet.from()) + " đến ngày "
                    + PdfRegisterRenderer.DAY.format(sheet.to()), centered, 0, last);
            text(s, 4, "Sổ: " + sheet.registerName(), centered, 0, last);

            Row h = s.createRow(HEADER_ROW);
            Row n = s.createRow(HEADER_ROW + 1);
            for (int i = 0; i < columns.size(); i++) {
                org.apache.poi.ss.usermodel.Cell c = h.createCell(i);
                c.setCellValue(columns.get(i).heading());
                c.setCellStyle(head);
                org.apache.poi.ss.usermodel.Cell k = n.createCell(i);
                k.setCellValue("(" + (i + 1) + ")");
                k.setCellStyle(number);
                s.setColumnWidth(i, Math.min(255, columns.get(i).width() * 2 + 4) * 256);
            }
            int r = HEADER_ROW + 2;
            if (sheet.rows().isEmpty()) {
                text(s, r, "Không có văn bản nào trong khoảng thời gian này.", centered, 0, last);
            }
            for (List<String> values : sheet.rows()) {
                Row row = s.createRow(r++);
                for (int i = 0; i < values.size(); i++) {
                    org.apache.poi.ss.usermodel.Cell c = row.createCell(i);
                    c.setCellValue(PdfRegisterRenderer.nfc(values.get(i)));
                    c.setCellStyle(cell);
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CellStyle boxed(XSSFWorkbook wb, Font font, HorizontalAlignment align) {
        CellStyle st = wb.createCellStyle();
        st.setFont(font);
        st.setAlignment(align);
        st.setVerticalAlignment(VerticalAlignment.TOP);
        st.setWrapText(true);
        st.setBorderTop(BorderStyle.THIN);
        st.setBorderBottom(BorderStyle.THIN);
        st.setBorderLeft(BorderStyle.THIN);
        st.setBorderRight(BorderStyle.THIN);
        return st;
    }

    private static void text(XSSFSheet s, int rowIndex, String value, CellStyle style, int firstCol, int lastCol) {
        Row row = s.createRow(rowIndex);
        org.apache.poi.ss.usermodel.Cell c = row.createCell(firstCol);
        c.setCellValue(PdfRegisterRenderer.nfc(value));
        c.setCellStyle(style);
        if (lastCol > firstCol) {
            s.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, firstCol, lastCol));
        }
    }
}
