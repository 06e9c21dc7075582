package vn.congvan.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The working-day calendar over HTTP (issue 6): the administrator's holidays and make-up working days per
 * agency and year, the statutory Vietnamese holidays, and the working-day computation everyone may use.
 */
class CalendarIT {

    private static final String ADMIN = "quantri";

    /** Removes every day of the year from the administrator's agency's calendar (the test data persists between runs). */
    static void clearYear(String admin, int year) {
        for (JsonNode d : Api.get(admin, "/api/admin/calendar?year=" + year).json().get("days")) {
            assertEquals(204, Api.delete(admin, "/api/admin/calendar/days/" + d.get("id").asLong()).status());
        }
    }

    private static Map<String, Object> day(String day, String kind, String name) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("day", day);
        m.put("kind", kind);
        m.put("name", name);
        return m;
    }

    private static List<String> fields(Api.Reply r) {
        List<String> f = new ArrayList<>();
        r.json().get("errors").forEach(e -> f.add(e.get("field").asText()));
        return f;
    }

    @Test
    void theAdministratorKeepsTheDaysOfAYear() {
        int year = 2040 + new Random().nextInt(50);
        clearYear(ADMIN, year);
        clearYear("quantri.snv", year);
        // a Wednesday off, and a Saturday worked
        String wednesday = java.time.LocalDate.of(year, 3, 1).with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.WEDNESDAY)).toString();
        String saturday = java.time.LocalDate.of(year, 3, 1).with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.SATURDAY)).toString();

        Api.Reply created = Api.postJson(ADMIN, "/api/admin/calendar/days", day(wednesday, "HOLIDAY", "Nghỉ theo quyết định của UBND tỉnh"));
        assertEquals(201, created.status(), created.text());
        assertNotNull(created.header("Location"));
        long id = created.json().get("id").asLong();
        assertEquals(3, created.json().get("dayOfWeek").asInt());
        Api.Reply working = Api.postJson(ADMIN, "/api/admin/calendar/days", day(saturday, "working", "Làm bù"));
        assertEquals(201, working.status(), working.text());
        assertEquals("WORKING", working.json().get("kind").asText());

        JsonNode y = Api.get(ADMIN, "/api/admin/calendar?year=" + year).json();
        assertEquals(2, y.get("days").size());
        java.util.Set<String> listed = new java.util.HashSet<>();
        y.get("days").forEach(d -> listed.add(d.get("day").asText()));
        assertEquals(java.util.Set.of(wednesday, saturday), listed);
        assertEquals(12, y.get("workingDaysPerMonth").size());

        // changed: a new name and another day
        String thursday = java.time.LocalDate.parse(wednesday).plusDays(1).toString();
        Api.Reply moved = Api.putJson(ADMIN, "/api/admin/calendar/days/" + id, day(thursday, "HOLIDAY", "Nghỉ (dời sang thứ Năm)"));
        assertEquals(200, moved.status(), moved.text());
        assertEquals(thursday, moved.json().get("day").asText());

        // duplicates: 409, nothing changed
        Api.Reply dup = Api.postJson(ADMIN, "/api/admin/calendar/days", day(thursday, "HOLIDAY", "Trùng"));
        assertEquals(409, dup.status(), dup.text());
        assertEquals("calendar.day.duplicate", dup.json().get("code").asText());
        Api.Reply dupMove = Api.putJson(ADMIN, "/api/admin/calendar/days/" + working.json().get("id").asLong(), day(thursday, "HOLIDAY", "Trùng"));
        assertEquals(409, dupMove.status(), dupMove.text());
        assertEquals(2, Api.get(ADMIN, "/api/admin/calendar?year=" + year).json().get("days").size());

        // the other agency's administrator neither sees nor touches it; the same day is free in their calendar
        assertEquals(0, Api.get("quantri.snv", "/api/admin/calendar?year=" + year).json().get("days").size());
        assertEquals(404, Api.putJson("quantri.snv", "/api/admin/calendar/days/" + id, day(thursday, "HOLIDAY", "x")).status());
        assertEquals(404, Api.delete("quantri.snv", "/api/admin/calendar/days/" + id).status());
        Api.Reply theirs = Api.postJson("quantri.snv", "/api/admin/calendar/days", day(thursday, "HOLIDAY", "Nghỉ của Sở"));
        assertEquals(201, theirs.status(), theirs.text());

        // removed
        assertEquals(204, Api.delete(ADMIN, "/api/admin/calendar/days/" + id).status());
        assertEquals(404, Api.delete(ADMIN, "/api/admin/calendar/days/" + id).status());
        assertEquals(1, Api.get(ADMIN, "/api/admin/calendar?year=" + year).json().get("days").size());
        clearYear(ADMIN, year);
        clearYear("quantri.snv", year);
    }

    @Test
    void badInputIsRefusedAndChangesNothing() {
        int year = 2040 + new Random().nextInt(50);
        clearYear(ADMIN, year);
        String monday = java.time.LocalDate.of(year, 6, 1).with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.MONDAY)).toString();
        Api.Reply weekday = Api.postJson(ADMIN, "/api/admin/calendar/days", day(monday, "WORKING", "Làm bù"));
        assertEquals(422, weekday.status(), weekday.text());
        assertEquals(List.of("day"), fields(weekday));
        assertEquals("calendar.working.weekday", weekday.json().get("errors").get(0).get("code").asText());

        Api.Reply kind = Api.postJson(ADMIN, "/api/admin/calendar/days", day(monday, "NGHI", "x"));
        assertEquals(422, kind.status());
        assertEquals(List.of("kind"), fields(kind));
        Api.Reply missing = Api.postJson(ADMIN, "/api/admin/calendar/days", Map.of("kind", "HOLIDAY"));
        assertEquals(422, missing.status(), missing.text());
        assertEquals(List.of("day", "name"), fields(missing));
        Api.Reply longName = Api.postJson(ADMIN, "/api/admin/calendar/days", day(monday, "HOLIDAY", "x".repeat(201)));
        assertEquals(422, longName.status());
        assertEquals(List.of("name"), fields(longName));
        Api.Reply farYear = Api.postJson(ADMIN, "/api/admin/calendar/days", day("1999-12-31", "HOLIDAY", "x"));
        assertEquals(422, farYear.status(), farYear.text());

        for (String body : List.of("{\"day\":\"" + year + "-02-30\",\"kind\":\"HOLIDAY\",\"name\":\"x\"}",
                "{\"day\":\"30/04/" + year + "\",\"kind\":\"HOLIDAY\",\"name\":\"x\"}", "{not json")) {
            Api.Reply r = Api.post(ADMIN, "/api/admin/calendar/days", "application/json", body.getBytes(StandardCharsets.UTF_8));
            assertEquals(400, r.status(), body + " " + r.text());
            assertEquals("error.body.malformed", r.json().get("code").asText());
        }
        Api.Reply english = NotificationIT.get(ADMIN, "/api/admin/calendar?year=abc", "en");
        assertEquals(400, english.status());
        assertEquals(422, Api.get(ADMIN, "/api/admin/calendar?year=1990").status());
        assertEquals(422, Api.post(ADMIN, "/api/admin/calendar/years/2101/vietnamese-holidays").status());
        assertEquals(400, Api.post(ADMIN, "/api/admin/calendar/years/hai-nghin/vietnamese-holidays").status());
        assertEquals(0, Api.get(ADMIN, "/api/admin/calendar?year=" + year).json().get("days").size(), "nothing was saved");
    }

    @Test
    void onlyAdministratorsAdministerTheCalendar() {
        for (String user : List.of("vanthu", "lanhdao", "chuyenvien")) {
            Api.Reply r = Api.get(user, "/api/admin/calendar");
            assertEquals(403, r.status(), user + " " + r.text());
            assertEquals("error.forbidden", r.json().get("code").asText());
            assertEquals(403, Api.postJson(user, "/api/admin/calendar/days", day("2031-01-02", "HOLIDAY", "x")).status());
            assertEquals(403, Api.post(user, "/api/admin/calendar/years/2031/vietnamese-holidays").status());
        }
        assertEquals(401, Api.get(null, "/api/admin/calendar").status());
        assertEquals(401, Api.get(null, "/api/calendar/working-days?from=2026-01-05&days=1").status());
    }

    @Test
    void vietnameseHolidaysAndWorkingDays() {
        clearYear(ADMIN, 2027);
        Api.Reply loaded = Api.post(ADMIN, "/api/admin/calendar/years/2027/vietnamese-holidays");
        assertEquals(200, loaded.status(), loaded.text());
        Map<String, String> added = new LinkedHashMap<>();
        loaded.json().get("added").forEach(d -> added.put(d.get("day").asText(), d.get("name").asText()));
        // Tết Đinh Mùi: 6/2/2027 (a Saturday); 5/2 is the last day of Bính Ngọ; 6/2 and 7/2 fall on the weekend → 10/2, 11/2
        assertEquals("Tết Nguyên Đán (mùng 1)", added.get("2027-02-06"));
        assertTrue(added.containsKey("2027-02-05"));
        assertTrue(added.containsKey("2027-02-09"));
        assertEquals("Nghỉ bù Tết Nguyên Đán (mùng 1)", added.get("2027-02-10"));
        assertEquals("Nghỉ bù Tết Nguyên Đán (mùng 2)", added.get("2027-02-11"));
        assertEquals("Tết Dương lịch", added.get("2027-01-01"));
        assertTrue(added.containsKey("2027-04-30") && added.containsKey("2027-05-01") && added.containsKey("2027-09-02"));
        assertTrue(added.values().stream().anyMatch(n -> n.startsWith("Giỗ Tổ Hùng Vương")));

        // loaded again: nothing added, nothing changed
        Api.Reply again = Api.post(ADMIN, "/api/admin/calendar/years/2027/vietnamese-holidays");
        assertEquals(0, again.json().get("added").size());
        assertEquals(added.size(), again.json().get("skipped").size());

        // deadlines: two working days after Thursday 4/2/2027 skip Tết and its days in lieu → Monday 15/2
        Api.Reply wd = Api.get("chuyenvien", "/api/calendar/working-days?from=2027-02-04&days=2");
        assertEquals(200, wd.status(), wd.text());
        assertEquals("2027-02-15", wd.json().get("date").asText());
        List<String> skipped = new ArrayList<>();
        wd.json().get("skipped").forEach(d -> skipped.add(d.get("day").asText()));
        assertEquals(List.of("2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08", "2027-02-09", "2027-02-10", "2027-02-11"), skipped);
        // another agency's calendar is its own (the Sở Nội vụ has no holidays in 2027): Friday 5/2, Monday 8/2
        clearYear("quantri.snv", 2027);
        assertEquals("2027-02-08", Api.get("vanthu.snv", "/api/calendar/working-days?from=2027-02-04&days=2").json().get("date").asText());

        // a make-up Saturday counts; a removed holiday is a working day again
        Api.Reply sat = Api.postJson(ADMIN, "/api/admin/calendar/days", day("2027-02-13", "WORKING", "Làm bù Tết"));
        assertEquals(201, sat.status(), sat.text());
        assertEquals("2027-02-13", Api.get("lanhdao", "/api/calendar/working-days?from=2027-02-04&days=2").json().get("date").asText());
        JsonNode year = Api.get(ADMIN, "/api/admin/calendar?year=2027").json();
        int february = year.get("workingDaysPerMonth").get(1).asInt();
        assertEquals(20 - 5 + 1, february, "20 weekdays in February 2027, 5 off (5, 8, 9, 10, 11), one Saturday worked");

        // bad parameters
        assertEquals(400, Api.get("chuyenvien", "/api/calendar/working-days?from=04/02/2027&days=2").status());
        assertEquals(400, Api.get("chuyenvien", "/api/calendar/working-days?from=2027-02-04&days=hai").status());
        assertEquals(422, Api.get("chuyenvien", "/api/calendar/working-days?from=2027-02-04&days=-1").status());
        assertEquals(422, Api.get("chuyenvien", "/api/calendar/working-days?from=2027-02-04&days=400").status());
        Api.Reply none = Api.get("chuyenvien", "/api/calendar/working-days?days=2");
        assertEquals(422, none.status());
        assertEquals(List.of("from"), fields(none));
        assertFalse(Api.get("chuyenvien", "/api/calendar/working-days?from=2027-02-04&days=0").json().get("date").isNull());
    }
}
