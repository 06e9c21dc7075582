package vn.congvan.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.congvan.it.Routing.TODAY;
import static vn.congvan.it.Routing.direct;
import static vn.congvan.it.Routing.ok;
import static vn.congvan.it.Routing.part;
import static vn.congvan.it.Routing.present;
import static vn.congvan.it.Routing.refused;
import static vn.congvan.it.Routing.step;
import static vn.congvan.it.Routing.toUser;
import static vn.congvan.it.RoutingIT.kinds;

/**
 * The deadline check (issue 6), run on demand as of a chosen day: a part near its deadline tells its holder
 * once (DUE_SOON), a part past it tells the holder and whoever set the deadline once (OVERDUE); running
 * again tells nobody twice, because the check records in the database that it told them (so a restart of
 * the server, whose schedule recomputes from the database, neither loses nor repeats one); a granted
 * extension starts the deadline over.
 */
class DeadlineIT {

    static JsonNode check(String user, LocalDate asOf) {
        Api.Reply r = Api.post(user, "/api/admin/routing/deadline-check?asOf=" + asOf);
        assertEquals(200, r.status(), r.text());
        return r.json();
    }

    @Test
    void dueSoonAndOverdueAreToldOnceAndAnExtensionStartsOver() {
        String tag = NotificationIT.tag();
        // far enough ahead that the server's own schedule (as of today) leaves it alone
        LocalDate deadline = TODAY.plusDays(60);
        while (deadline.getDayOfWeek().getValue() > 5) {
            deadline = deadline.plusDays(1);
        }
        long doc = NotificationIT.register("vanthu", "Hạn xử lý " + tag, 0);
        ok(present("vanthu", doc, "lanhdao"));
        long lead = part(direct("lanhdao", doc, toUser("LEAD", "chuyenvien.vx", deadline)).json(), "LEAD").get("id").asLong();

        check("quantri", deadline.minusDays(20));
        assertEquals(0, kinds("chuyenvien.vx", tag, "DUE_SOON"), "not yet near");
        JsonNode run = check("quantri", deadline.minusDays(1));
        assertTrue(run.get("dueSoon").asInt() >= 1, run.toString());
        assertEquals(1, kinds("chuyenvien.vx", tag, "DUE_SOON"));
        check("quantri", deadline);
        assertEquals(1, kinds("chuyenvien.vx", tag, "DUE_SOON"), "told once");

        check("quantri", deadline);
        assertEquals(0, kinds("chuyenvien.vx", tag, "OVERDUE"), "the deadline day itself is not late");
        run = check("quantri", deadline.plusDays(1));
        assertTrue(run.get("overdue").asInt() >= 1, run.toString());
        assertEquals(1, kinds("chuyenvien.vx", tag, "OVERDUE"));
        assertEquals(1, kinds("lanhdao", tag, "OVERDUE"), "whoever set the deadline is told too");
        check("quantri", deadline.plusDays(2));
        assertEquals(1, kinds("chuyenvien.vx", tag, "OVERDUE"), "told once, however often the check runs");
        if (Routing.onPostgres()) {
            // what a restart keeps: the marks are rows in the database, not memory of the server
            assertEquals(1, Routing.sql("UPDATE routing_assignment SET version = version WHERE id = ?"
                    + " AND overdue_notified_at IS NOT NULL AND due_soon_notified_at IS NOT NULL", lead));
        }

        // an extension granted: a new deadline, told again when it passes
        ok(step("chuyenvien.vx", lead, "extension", Map.of("until", deadline.plusDays(14).toString(), "reason", "Chờ số liệu")));
        ok(step("lanhdao", lead, "extension/decision", Map.of("grant", true)));
        check("quantri", deadline.plusDays(2));
        assertEquals(1, kinds("chuyenvien.vx", tag, "OVERDUE"));
        check("quantri", deadline.plusDays(15));
        assertEquals(2, kinds("chuyenvien.vx", tag, "OVERDUE"));

        // a finished part is never overdue
        ok(Routing.note("chuyenvien.vx", lead, "done", "Đã xong"));
        check("quantri", deadline.plusDays(40));
        assertEquals(2, kinds("chuyenvien.vx", tag, "OVERDUE"));
    }

    @Test
    void onlyAdministratorsRunItAndTheDateMustBeADate() {
        refused(403, Api.post("lanhdao", "/api/admin/routing/deadline-check"));
        refused(422, Api.post("quantri", "/api/admin/routing/deadline-check?asOf=31-12-2026"));
        ok(Api.post("quantri", "/api/admin/routing/deadline-check"));
    }
}
