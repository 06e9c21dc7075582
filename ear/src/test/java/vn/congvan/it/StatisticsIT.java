package vn.congvan.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.congvan.it.Routing.TODAY;
import static vn.congvan.it.Routing.direct;
import static vn.congvan.it.Routing.ok;
import static vn.congvan.it.Routing.part;
import static vn.congvan.it.Routing.present;
import static vn.congvan.it.Routing.refused;
import static vn.congvan.it.Routing.toDepartment;
import static vn.congvan.it.Routing.toUser;

/**
 * Statistics of routing (issue 6): for a small set of parts made here, the report per person and per
 * department counts received, early, on time, late, open and overdue exactly (compared with the report
 * before); secret documents count only for cleared readers; the XLSX export holds the same rows; bad
 * parameters and roles are refused.
 */
class StatisticsIT {

    static JsonNode report(String user, String groupBy) {
        Api.Reply r = Api.get(user, "/api/statistics?from=" + TODAY + "&to=" + TODAY + "&groupBy=" + groupBy);
        assertEquals(200, r.status(), r.text());
        return r.json();
    }

    /** received, early, onTime, late, open, overdue of the row named {@code name} (zeros when absent). */
    static long[] row(JsonNode report, String name) {
        for (JsonNode r : report.get("rows")) {
            if (r.get("name") != null && name.equals(r.get("name").asText())) {
                return new long[]{r.get("received").asLong(), r.get("early").asLong(), r.get("onTime").asLong(),
                        r.get("late").asLong(), r.get("open").asLong(), r.get("overdue").asLong()};
            }
        }
        return new long[6];
    }

    static long[] minus(long[] a, long[] b) {
        long[] d = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i] - b[i];
        }
        return d;
    }

    /** A document presented and directed by lanhdao, its one lead part to {@code user}: the part's id. */
    static long leadTo(String user, String subject, java.time.LocalDate deadline) {
        long doc = NotificationIT.register("vanthu", subject, 0);
        ok(present("vanthu", doc, "lanhdao"));
        return part(direct("lanhdao", doc, toUser("LEAD", user, deadline)).json(), "LEAD").get("id").asLong();
    }

    @Test
    void earlyOnTimeLateOpenAndOverdueAreCountedExactly() {
        String tag = NotificationIT.tag();
        String person = "Lý Văn Phúc"; // chuyenvien.vx
        long[] before = row(report("lanhdao", "person"), person);
        long[] deptBefore = row(report("lanhdao", "department"), "Phòng Văn hóa - Xã hội");

        long early = leadTo("chuyenvien.vx", "Trước hạn " + tag, TODAY.plusDays(3));
        long onTime = leadTo("chuyenvien.vx", "Đúng hạn " + tag, TODAY);
        leadTo("chuyenvien.vx", "Đang xử lý " + tag, TODAY.plusDays(5));
        long returned = leadTo("chuyenvien.vx", "Trả lại " + tag, TODAY.plusDays(5));
        long doc = NotificationIT.register("vanthu", "Để biết " + tag, 0);
        ok(present("vanthu", doc, "lanhdao"));
        ok(direct("lanhdao", doc, toUser("LEAD", "chuyenvien2", TODAY.plusDays(3)),
                toUser("INFORM", "chuyenvien.vx", null)));
        ok(Routing.note("chuyenvien.vx", early, "done", "Xong sớm"));
        ok(Routing.note("chuyenvien.vx", onTime, "done", "Xong đúng hạn"));
        ok(Routing.note("chuyenvien.vx", returned, "return", "Không thuộc thẩm quyền"));

        // received 3 (the returned part and the for-information one do not count): 1 early, 1 on time, 1 open
        assertEquals(List.of(3L, 1L, 1L, 0L, 1L, 0L), List.of(box(minus(row(report("lanhdao", "person"), person), before))));
        assertEquals(List.of(3L, 1L, 1L, 0L, 1L, 0L),
                List.of(box(minus(row(report("lanhdao", "department"), "Phòng Văn hóa - Xã hội"), deptBefore))));

        if (Routing.onPostgres()) {
            // time passes (PostgreSQL only: deadlines moved in the database): one finished late, one open overdue
            long late = leadTo("chuyenvien.vx", "Trễ hạn " + tag, TODAY.plusDays(1));
            long overdue = leadTo("chuyenvien.vx", "Quá hạn " + tag, TODAY.plusDays(1));
            ok(Routing.note("chuyenvien.vx", late, "done", "Xong muộn"));
            Routing.sql("UPDATE routing_assignment SET deadline = ? WHERE id IN (?, ?)", TODAY.minusDays(2), late, overdue);
            assertEquals(List.of(5L, 1L, 1L, 1L, 2L, 1L),
                    List.of(box(minus(row(report("lanhdao", "person"), person), before))));
        }
        JsonNode total = report("lanhdao", "department").get("total");
        assertTrue(total.get("received").asLong() >= 3);
    }

    @Test
    void secretDocumentsCountOnlyForClearedReaders() {
        String tag = NotificationIT.tag();
        long[] plain = row(report("lanhdao", "department"), "Phòng Nội chính");
        long[] cleared = row(report("lanhdao.mat", "department"), "Phòng Nội chính");
        Map<String, Object> m = NotificationIT.metadata("Mật " + tag, 0);
        m.put("registerId", NotificationIT.secretRegister());
        m.put("secrecy", "MAT");
        Api.Reply reg = Api.register(Api.basic("vanthu.mat"), Api.json(m), Api.Part.pdf("m.pdf", Pdfs.onePage(tag)));
        assertEquals(201, reg.status(), reg.text());
        long doc = reg.json().get("id").asLong();
        ok(present("vanthu.mat", doc, "lanhdao.mat"));
        ok(direct("lanhdao.mat", doc, toDepartment("LEAD", "Phòng Nội chính", TODAY.plusDays(3))));
        assertEquals(0, minus(row(report("lanhdao", "department"), "Phòng Nội chính"), plain)[0]);
        assertEquals(1, minus(row(report("lanhdao.mat", "department"), "Phòng Nội chính"), cleared)[0]);
    }

    @Test
    void xlsxExportAndRefusals() throws Exception {
        Api.Reply x = Api.get("lanhdao", "/api/statistics.xlsx?from=" + TODAY.withDayOfMonth(1) + "&to=" + TODAY + "&groupBy=person");
        assertEquals(200, x.status(), x.text());
        assertTrue(x.contentType().startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        assertTrue(x.header("Content-Disposition").contains("thong-ke-"), x.header("Content-Disposition"));
        List<List<String>> rows = cells(x.body());
        assertTrue(rows.stream().anyMatch(r -> !r.isEmpty() && r.get(0).equals("Người xử lý")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> !r.isEmpty() && r.get(0).equals("Tổng cộng")), rows.toString());
        JsonNode json = Api.get("lanhdao", "/api/statistics?from=" + TODAY.withDayOfMonth(1) + "&to=" + TODAY
                + "&groupBy=person").json();
        assertEquals(json.get("rows").size() + 4, rows.size(), "title, period, heading, the rows and the total");

        // a department head sees their department only
        JsonNode head = report("truongphong", "department");
        for (JsonNode r : head.get("rows")) {
            assertEquals("Phòng Kinh tế", r.get("name").asText(), head.toString());
        }
        refused(403, Api.get("chuyenvien", "/api/statistics"));
        refused(422, Api.get("lanhdao", "/api/statistics?groupBy=agency"));
        refused(422, Api.get("lanhdao", "/api/statistics?from=2026-02-01&to=2026-01-01"));
        refused(422, Api.get("lanhdao", "/api/statistics?from=today"));
        refused(422, Api.get("lanhdao", "/api/statistics.xlsx?groupBy=agency"));
    }

    static List<List<String>> cells(byte[] xlsx) throws java.io.IOException {
        List<List<String>> out = new java.util.ArrayList<>();
        org.apache.poi.ss.usermodel.DataFormatter f = new org.apache.poi.ss.usermodel.DataFormatter();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb =
                     new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            for (org.apache.poi.ss.usermodel.Row row : wb.getSheetAt(0)) {
                List<String> cells = new java.util.ArrayList<>();
                row.forEach(c -> cells.add(f.formatCellValue(c)));
                out.add(cells);
            }
        }
        return out;
    }

    private static Long[] box(long[] a) {
        Long[] b = new Long[a.length];
        for (int i = 0; i < a.length; i++) {
            b[i] = a[i];
        }
        return b;
    }
}
