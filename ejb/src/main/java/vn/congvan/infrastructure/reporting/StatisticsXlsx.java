package vn.congvan.infrastructure.reporting;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.congvan.application.statistics.StatisticsService;
import vn.congvan.application.statistics.StatisticsViews;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;

/** The statistics of routing as an XLSX sheet (Apache POI): a title, the period, one row per group and the total. */
public final class StatisticsXlsx {

    /** The row of the column headings (0-based); the data follow it. */
    public static final int HEADER_ROW = 3;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private StatisticsXlsx() {
    }

    public static byte[] render(StatisticsViews.Report report) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = wb.createSheet("Thống kê");
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle strong = wb.createCellStyle();
            strong.setFont(bold);
            boolean person = StatisticsService.PERSON.equals(report.groupBy());
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue("Thống kê tình hình xử lý văn bản đến — " + report.agencyName());
            title.getCell(0).setCellStyle(strong);
            sheet.createRow(1).createCell(0).setCellValue("Từ ngày " + report.from().format(DATE) + " đến ngày "
                    + report.to().format(DATE));
            String[] heads = person
                    ? new String[]{"Người xử lý", "Đơn vị", "Được giao", "Trước hạn", "Đúng hạn", "Trễ hạn", "Đang xử lý", "Quá hạn"}
                    : new String[]{"Đơn vị", "", "Được giao", "Trước hạn", "Đúng hạn", "Trễ hạn", "Đang xử lý", "Quá hạn"};
            Row h = sheet.createRow(HEADER_ROW);
            for (int i = 0; i < heads.length; i++) {
                h.createCell(i).setCellValue(heads[i]);
                h.getCell(i).setCellStyle(strong);
            }
            int r = HEADER_ROW + 1;
            for (StatisticsViews.Row row : report.rows()) {
                write(sheet.createRow(r++), row, person, null);
            }
            write(sheet.createRow(r), report.total(), person, strong);
            for (int i = 0; i < heads.length; i++) {
                sheet.setColumnWidth(i, i < 2 ? 32 * 256 : 12 * 256);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row x, StatisticsViews.Row row, boolean person, CellStyle style) {
        x.createCell(0).setCellValue(row.name() == null ? "(chưa phân công)" : row.name());
        x.createCell(1).setCellValue(person && row.departmentName() != null ? row.departmentName() : "");
        long[] values = {row.received(), row.early(), row.onTime(), row.late(), row.open(), row.overdue()};
        for (int i = 0; i < values.length; i++) {
            x.createCell(2 + i).setCellValue(values[i]);
        }
        if (style != null) {
            for (int i = 0; i < 8; i++) {
                x.getCell(i).setCellStyle(style);
            }
        }
    }
}
