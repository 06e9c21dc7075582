package vn.congvan.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.congvan.it.Routing.TODAY;
import static vn.congvan.it.Routing.direct;
import static vn.congvan.it.Routing.ok;
import static vn.congvan.it.Routing.part;
import static vn.congvan.it.Routing.present;
import static vn.congvan.it.Routing.refused;
import static vn.congvan.it.Routing.step;
import static vn.congvan.it.Routing.toDepartment;
import static vn.congvan.it.Routing.toUser;

/**
 * The personal inbox (việc cần xử lý) over HTTP: what waits for a leader (direction, extension decisions),
 * a specialist (their parts) and a department head (their department's parts, and the department view);
 * urgent first, then by deadline; counts; filters; bad filters refused.
 */
class InboxIT {

    static JsonNode inbox(String user, String query) {
        Api.Reply r = Api.get(user, "/api/inbox" + query);
        assertEquals(200, r.status(), r.text());
        return r.json();
    }

    static List<Long> documents(JsonNode inbox, String task) {
        List<Long> out = new ArrayList<>();
        for (JsonNode i : inbox.get("items")) {
            if (task == null || task.equals(i.get("task").asText())) {
                out.add(i.get("documentId").asLong());
            }
        }
        return out;
    }

    @Test
    void leadersSpecialistsAndHeadsSeeWhatWaitsForThem() {
        String tag = NotificationIT.tag();
        long normal = NotificationIT.register("vanthu", "Thường " + tag, 0);
        long urgent = NotificationIT.register("vanthu", "Hỏa tốc " + tag, 3);
        ok(present("vanthu", normal, "lanhdao"));
        ok(present("vanthu", urgent, "lanhdao"));

        // the leader: both to direct, the urgent one first
        JsonNode in = inbox("lanhdao", "?q=" + tag);
        assertEquals(List.of(urgent, normal), documents(in, "DIRECT"));
        assertTrue(in.get("items").get(0).get("urgent").asBoolean());
        assertEquals("app/incoming/view.xhtml?id=" + urgent, in.get("items").get(0).get("link").asText());
        assertTrue(in.get("total").asInt() >= 2);
        assertEquals(in.get("total").asInt(), Api.get("lanhdao", "/api/inbox/count").json().get("open").asInt());
        assertTrue(documents(inbox("vanthu", "?q=" + tag), null).isEmpty(), "the clerk has nothing to do about them");

        // directed: gone from the leader's inbox, in the specialist's
        ok(direct("lanhdao", normal, toUser("LEAD", "chuyenvien2", TODAY)));
        JsonNode r = direct("lanhdao", urgent, toUser("LEAD", "chuyenvien2", TODAY.plusDays(30)),
                toDepartment("COOPERATE", "Phòng Văn hóa - Xã hội", TODAY.plusDays(30))).json();
        assertTrue(documents(inbox("lanhdao", "?q=" + tag), "DIRECT").isEmpty());
        in = inbox("chuyenvien2", "?q=" + tag);
        assertEquals(List.of(urgent, normal), documents(in, "LEAD"), "urgent first, then by deadline");
        JsonNode first = in.get("items").get(1);
        assertTrue(first.get("dueSoon").asBoolean(), "due today");
        assertFalse(in.get("items").get(0).get("dueSoon").asBoolean());
        assertTrue(in.get("dueSoon").asInt() >= 1);

        // filters
        assertEquals(List.of(normal), documents(inbox("chuyenvien2", "?q=" + tag + "&due=due-soon"), null));
        assertEquals(List.of(urgent), documents(inbox("chuyenvien2", "?q="
                + java.net.URLEncoder.encode("hỏa tốc " + tag, java.nio.charset.StandardCharsets.UTF_8)), null),
                "words of the title, case-insensitive");
        assertTrue(documents(inbox("chuyenvien2", "?q=" + tag + "&task=COOPERATE"), null).isEmpty());
        assertEquals(List.of(urgent, normal), documents(inbox("chuyenvien2", "?q=" + tag + "&state=ASSIGNED"), null));
        refused(422, Api.get("chuyenvien2", "/api/inbox?due=tomorrow"));

        // the department's part waits for its head, who also sees it in the department view
        JsonNode head = inbox("truongphong.vx", "?q=" + tag);
        assertEquals(List.of(urgent), documents(head, "COOPERATE"));
        JsonNode dept = Api.get("truongphong.vx", "/api/inbox/department").json();
        assertEquals("Phòng Văn hóa - Xã hội", dept.get("departmentName").asText());
        long coop = part(r, "COOPERATE").get("id").asLong();
        assertTrue(ids(dept).contains(coop));
        assertTrue(dept.get("unassigned").asInt() >= 1);
        refused(403, Api.get("chuyenvien2", "/api/inbox/department"));
        refused(403, Api.get("lanhdao", "/api/inbox/department"));
        ok(step("truongphong.vx", coop, "reassign", Map.of("userId", Routing.user("chuyenvien.vx"))));
        assertEquals(List.of(urgent), documents(inbox("chuyenvien.vx", "?q=" + tag), "COOPERATE"));
        assertTrue(documents(inbox("truongphong.vx", "?q=" + tag), "COOPERATE").isEmpty(), "now the person's");
        assertTrue(ids(Api.get("truongphong.vx", "/api/inbox/department").json()).contains(coop), "still the department's work");

        // an extension request waits for whoever set the deadline
        long lead = part(r, "LEAD").get("id").asLong();
        ok(step("chuyenvien2", lead, "extension", Map.of("until", TODAY.plusDays(40).toString(), "reason", "Chờ ý kiến Sở")));
        assertEquals(List.of(urgent), documents(inbox("lanhdao", "?q=" + tag), "EXTENSION"));
        ok(step("lanhdao", lead, "extension/decision", Map.of("grant", false)));
        assertTrue(documents(inbox("lanhdao", "?q=" + tag), "EXTENSION").isEmpty());

        // done: gone from the inbox
        ok(Routing.note("chuyenvien2", lead, "done", "Đã xong"));
        assertEquals(List.of(normal), documents(inbox("chuyenvien2", "?q=" + tag), null));
    }

    @Test
    void overdueItemsAreCountedAndFiltered() {
        String tag = NotificationIT.tag();
        long doc = NotificationIT.register("vanthu", "Quá hạn " + tag, 0);
        ok(present("vanthu", doc, "lanhdao"));
        long lead = part(direct("lanhdao", doc, toUser("LEAD", "chuyenvien2", TODAY.plusDays(3))).json(), "LEAD").get("id").asLong();
        int before = inbox("chuyenvien2", "").get("overdue").asInt();
        assertTrue(documents(inbox("chuyenvien2", "?due=OVERDUE&q=" + tag), null).isEmpty());
        // three days pass (PostgreSQL only: the deadline is moved in the database)
        Routing.sql("UPDATE routing_assignment SET deadline = ? WHERE id = ?", TODAY.minusDays(1), lead);
        JsonNode in = inbox("chuyenvien2", "?due=OVERDUE&q=" + tag);
        assertEquals(List.of(doc), documents(in, null));
        assertTrue(in.get("items").get(0).get("overdue").asBoolean());
        assertEquals(before + 1, in.get("overdue").asInt());
    }

    private static List<Long> ids(JsonNode dept) {
        List<Long> out = new ArrayList<>();
        dept.get("items").forEach(i -> out.add(i.get("assignmentId").asLong()));
        return out;
    }
}
