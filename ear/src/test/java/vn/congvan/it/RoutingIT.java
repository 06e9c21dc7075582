package vn.congvan.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.congvan.it.Routing.TODAY;
import static vn.congvan.it.Routing.direct;
import static vn.congvan.it.Routing.note;
import static vn.congvan.it.Routing.ok;
import static vn.congvan.it.Routing.part;
import static vn.congvan.it.Routing.present;
import static vn.congvan.it.Routing.refused;
import static vn.congvan.it.Routing.routing;
import static vn.congvan.it.Routing.step;
import static vn.congvan.it.Routing.toDepartment;
import static vn.congvan.it.Routing.toUser;
import static vn.congvan.it.Routing.user;

/**
 * Routing of an incoming document over HTTP (issue 6), with several demo users: the clerk presents, the
 * leader directs, the department head re-assigns, the specialist records progress, asks for an extension
 * (granted by whoever set the deadline), links a reply and finishes; a cooperating specialist returns their
 * part. Every illegal step — wrong role (403), someone else's task (403), wrong state (409), bad values
 * (422) — is refused with a JSON problem and changes nothing.
 */
class RoutingIT {

    @Test
    void theWholeFlowAndEveryIllegalStep() {
        String tag = NotificationIT.tag();
        long doc = NotificationIT.register("vanthu", "Về việc báo cáo tình hình kinh tế quý IV " + tag, 0);

        JsonNode r = routing("vanthu", doc);
        assertEquals("NONE", r.get("state").asText());
        assertEquals(List.of("PRESENT"), strings(r.get("actions")));
        assertTrue(r.get("proposedDeadline").asText().compareTo(TODAY.toString()) > 0, r.toString());
        // not handed to anyone yet: a specialist does not see it
        refused(404, Api.get("chuyenvien", "/api/incoming/" + doc));

        // presenting: clerks only, to a leader of the agency, once
        refused(403, present("lanhdao", doc, "lanhdao"));
        refused(422, present("vanthu", doc, "chuyenvien"));
        assertEquals("NONE", routing("vanthu", doc).get("state").asText(), "a refused step changes nothing");
        r = present("vanthu", doc, "lanhdao").json();
        assertEquals("PRESENTED", r.get("state").asText());
        assertEquals("lanhdao", r.get("presentedTo").get("username").asText());
        refused(409, present("vanthu", doc, "lanhdao"));
        assertEquals(List.of("DIRECT"), strings(routing("lanhdao", doc).get("actions")));

        // directing: the leader it was presented to; one lead; no deadline in the past
        refused(403, direct("chuyenvien", doc, toDepartment("LEAD", "Phòng Kinh tế", TODAY.plusDays(10))));
        refused(403, direct("lanhdao.mat", doc, toDepartment("LEAD", "Phòng Kinh tế", TODAY.plusDays(10))));
        refused(422, direct("lanhdao", doc, toDepartment("LEAD", "Phòng Kinh tế", TODAY.minusDays(1))));
        refused(422, direct("lanhdao", doc, toDepartment("LEAD", "Phòng Kinh tế", TODAY.plusDays(10)),
                toUser("LEAD", "chuyenvien.vx", TODAY.plusDays(10))));
        refused(422, direct("lanhdao", doc, toUser("COOPERATE", "chuyenvien.vx", TODAY.plusDays(5))));
        refused(422, direct("lanhdao", doc, toDepartment("LEAD", "Phòng Kinh tế", TODAY.plusDays(10)),
                toDepartment("COOPERATE", "Phòng Kinh tế", TODAY.plusDays(10))));
        Map<String, Object> nobody = new LinkedHashMap<>();
        nobody.put("part", "LEAD");
        refused(422, direct("lanhdao", doc, nobody));
        r = routing("lanhdao", doc);
        assertEquals("PRESENTED", r.get("state").asText());
        assertEquals(0, r.get("assignments").size(), "refused directions leave no part behind");

        r = direct("lanhdao", doc, toDepartment("LEAD", "Phòng Kinh tế", TODAY.plusDays(10)),
                toUser("COOPERATE", "chuyenvien.vx", TODAY.plusDays(5)),
                toUser("INFORM", "truongphong.vx", null)).json();
        assertEquals("DIRECTED", r.get("state").asText());
        assertEquals(3, r.get("assignments").size());
        refused(409, direct("lanhdao", doc, toDepartment("LEAD", "Phòng Kinh tế", TODAY.plusDays(10))));
        long lead = part(r, "LEAD").get("id").asLong();
        long coop = part(r, "COOPERATE").get("id").asLong();
        long inform = part(r, "INFORM").get("id").asLong();
        assertTrue(Routing.absent(part(r, "LEAD"), "userId"), "given to the department");
        assertEquals(1, NotificationIT.find("truongphong", tag).size(), "the head of the lead department is told");
        assertEquals("ASSIGNED", NotificationIT.find("chuyenvien.vx", tag).get(0).get("kind").asText());

        // re-assigning: the head of that department only, to a person of the department, no later deadline
        refused(403, step("truongphong.vx", lead, "reassign", Map.of("userId", user("chuyenvien"))));
        refused(403, step("chuyenvien", lead, "reassign", Map.of("userId", user("chuyenvien"))));
        refused(422, step("truongphong", lead, "reassign", Map.of("userId", user("chuyenvien.vx"))));
        refused(422, step("truongphong", lead, "reassign", Map.of("userId", user("chuyenvien"),
                "deadline", TODAY.plusDays(11).toString())));
        refused(422, step("truongphong", lead, "reassign", Map.of("userId", user("chuyenvien"),
                "deadline", TODAY.minusDays(1).toString())));
        assertTrue(Routing.absent(part(routing("truongphong", doc), "LEAD"), "userId"), "refused re-assignments change nothing");
        r = step("truongphong", lead, "reassign", Map.of("userId", user("chuyenvien"),
                "deadline", TODAY.plusDays(7).toString(), "comment", "Đồng chí Hoa chủ trì")).json();
        JsonNode l = part(r, "LEAD");
        assertEquals(user("chuyenvien"), l.get("userId").asLong());
        assertEquals(TODAY.plusDays(7).toString(), l.get("deadline").asText());
        assertEquals("Lê Văn Hùng", l.get("deadlineSetByName").asText());

        // the assignee now sees the document and may download it; another specialist does not
        ok(Api.get("chuyenvien", "/api/incoming/" + doc));
        JsonNode incoming = Api.get("chuyenvien", "/api/incoming/" + doc).json();
        long attachment = incoming.get("attachments").get(0).get("id").asLong();
        ok(Api.get("chuyenvien", "/api/incoming/" + doc + "/attachments/" + attachment + "/content"));
        ok(Api.get("chuyenvien", "/api/incoming/" + doc + "/history"));
        refused(404, Api.get("chuyenvien2", "/api/incoming/" + doc));
        refused(404, note("chuyenvien2", lead, "progress", "không phải việc của tôi"));

        // someone else's task
        refused(403, note("truongphong", lead, "progress", "thay chuyên viên"));
        refused(403, note("chuyenvien.vx", lead, "done", "xong"));
        refused(422, note("chuyenvien", lead, "progress", " "));

        // progress → the document is in progress
        r = note("chuyenvien", lead, "progress", "Đã tổng hợp số liệu của các xã").json();
        assertEquals("IN_PROGRESS", r.get("state").asText());
        assertEquals("IN_PROGRESS", part(r, "LEAD").get("state").asText());
        refused(409, step("truongphong", lead, "reassign", Map.of("userId", user("chuyenvien2"))));
        refused(409, note("truongphong.vx", inform, "progress", "nhận để biết không có tiến độ"));

        // extension: later than the deadline, one at a time, decided by whoever set the deadline
        refused(422, step("chuyenvien", lead, "extension", Map.of("until", TODAY.plusDays(7).toString(), "reason", "x")));
        refused(422, step("chuyenvien", lead, "extension", Map.of("until", TODAY.plusDays(9).toString(), "reason", "")));
        ok(step("chuyenvien", lead, "extension", Map.of("until", TODAY.plusDays(9).toString(),
                "reason", "Chờ số liệu của Cục Thống kê")));
        refused(409, step("chuyenvien", lead, "extension", Map.of("until", TODAY.plusDays(12).toString(), "reason", "lần nữa")));
        refused(403, step("lanhdao", lead, "extension/decision", Map.of("grant", true)));
        refused(403, step("chuyenvien", lead, "extension/decision", Map.of("grant", true)));
        assertEquals(1, NotificationIT.find("truongphong", tag).stream()
                .filter(n -> "EXTENSION_REQUESTED".equals(n.get("kind").asText())).count());
        r = step("truongphong", lead, "extension/decision", Map.of("grant", true, "comment", "Đồng ý")).json();
        assertEquals(TODAY.plusDays(9).toString(), part(r, "LEAD").get("deadline").asText());
        assertTrue(Routing.absent(part(r, "LEAD"), "extensionUntil"));
        refused(409, step("truongphong", lead, "extension/decision", Map.of("grant", false)));

        // the cooperating specialist returns their part, with a reason
        refused(422, note("chuyenvien.vx", coop, "return", ""));
        r = note("chuyenvien.vx", coop, "return", "Nội dung không thuộc lĩnh vực của phòng").json();
        assertEquals("RETURNED", part(r, "COOPERATE").get("state").asText());
        refused(409, note("chuyenvien.vx", coop, "progress", "sau khi trả lại"));
        refused(409, note("chuyenvien.vx", coop, "done", "sau khi trả lại"));

        // a reply: an outgoing document of the agency
        refused(422, step("chuyenvien", lead, "reply", Map.of("outgoingId", 99_999_999)));
        long outgoing = outgoing("Báo cáo tình hình kinh tế quý IV " + tag);
        refused(403, step("truongphong", lead, "reply", Map.of("outgoingId", outgoing)));
        r = step("chuyenvien", lead, "reply", Map.of("outgoingId", outgoing)).json();
        assertEquals(outgoing, part(r, "LEAD").get("replyOutgoingId").asLong());
        assertFalse(part(r, "LEAD").get("replyNotation").asText().isBlank());

        // done: the lead part finishes the document; nothing more can happen to it
        refused(422, note("chuyenvien", lead, "done", ""));
        r = note("chuyenvien", lead, "done", "Đã gửi báo cáo số liệu quý IV").json();
        assertEquals("DONE", r.get("state").asText());
        assertEquals("DONE", part(r, "LEAD").get("state").asText());
        refused(409, note("chuyenvien", lead, "done", "lần nữa"));
        refused(409, note("chuyenvien", lead, "progress", "sau khi xong"));
        refused(409, note("chuyenvien", lead, "return", "sau khi xong"));
        ok(note("truongphong.vx", inform, "done", "Đã biết"));

        // the timeline holds every step, in order
        List<String> actions = new ArrayList<>();
        for (JsonNode h : Api.get("vanthu", "/api/incoming/" + doc + "/history").json()) {
            String a = h.get("action").asText();
            if (!a.equals("VIEWED") && !a.equals("DOWNLOADED")) {
                actions.add(a);
            }
        }
        assertEquals(List.of("REGISTERED", "PRESENTED", "DIRECTED", "REASSIGNED", "PROGRESS_RECORDED",
                "EXTENSION_REQUESTED", "EXTENSION_GRANTED", "ASSIGNMENT_RETURNED", "REPLY_LINKED", "ASSIGNMENT_DONE",
                "ASSIGNMENT_DONE"), actions);

        // the people concerned were told
        assertEquals(1, kinds("lanhdao", tag, "PRESENTED"));
        assertEquals(1, kinds("chuyenvien", tag, "ASSIGNED"));
        assertEquals(1, kinds("chuyenvien", tag, "EXTENSION_DECIDED"));
        assertEquals(1, kinds("truongphong", tag, "PROGRESS"));
        assertEquals(1, kinds("lanhdao", tag, "RETURNED"));
        assertTrue(kinds("lanhdao", tag, "DONE") >= 1);
        assertEquals(0, kinds("chuyenvien", tag, "PROGRESS"), "not told about one's own step");
    }

    @Test
    void aReturnedLeadPartGoesBackToTheLeaderAndUrgentDocumentsNotifyUrgently() {
        String tag = NotificationIT.tag();
        long doc = NotificationIT.register("vanthu", "Hỏa tốc: ứng phó áp thấp nhiệt đới " + tag, 3);
        ok(present("vanthu", doc, "lanhdao"));
        JsonNode r = direct("lanhdao", doc, toUser("LEAD", "chuyenvien2", TODAY.plusDays(2))).json();
        long lead = part(r, "LEAD").get("id").asLong();
        JsonNode told = NotificationIT.find("chuyenvien2", tag).get(0);
        assertEquals("ASSIGNED", told.get("kind").asText());
        assertTrue(told.get("urgent").asBoolean(), "Hỏa tốc notifies urgently");

        r = note("chuyenvien2", lead, "return", "Đề nghị giao Phòng Văn hóa - Xã hội").json();
        assertEquals("PRESENTED", r.get("state").asText(), "back to the leader for a new direction");
        assertEquals("lanhdao", r.get("presentedTo").get("username").asText());
        r = direct("lanhdao", doc, toDepartment("LEAD", "Phòng Văn hóa - Xã hội", TODAY.plusDays(2))).json();
        assertEquals("DIRECTED", r.get("state").asText());
        assertEquals(2, r.get("assignments").size(), "the returned part is kept");
        assertEquals(1, kinds("truongphong.vx", tag, "ASSIGNED"));
        // the returned assignee keeps read access to what they were given, nothing more
        refused(403, note("chuyenvien2", part(r, "LEAD").get("id").asLong(), "progress", "không còn là việc của tôi"));
    }

    @Test
    void secretDocumentsGoOnlyToClearedPeople() {
        String tag = NotificationIT.tag();
        Map<String, Object> m = NotificationIT.metadata("Văn bản mật " + tag, 0);
        m.put("registerId", NotificationIT.secretRegister());
        m.put("secrecy", "MAT");
        Api.Reply reg = Api.register(Api.basic("vanthu.mat"), Api.json(m), Api.Part.pdf("m.pdf", Pdfs.onePage(tag)));
        assertEquals(201, reg.status(), reg.text());
        long doc = reg.json().get("id").asLong();
        refused(404, present("vanthu", doc, "lanhdao"));
        refused(422, present("vanthu.mat", doc, "lanhdao"));
        ok(present("vanthu.mat", doc, "lanhdao.mat"));
        refused(422, direct("lanhdao.mat", doc, toUser("LEAD", "chuyenvien", TODAY.plusDays(3))));
        refused(422, direct("lanhdao.mat", doc, toDepartment("LEAD", "Phòng Kinh tế", TODAY.plusDays(3)),
                toUser("INFORM", "chuyenvien", null)));
        ok(direct("lanhdao.mat", doc, toDepartment("LEAD", "Phòng Kinh tế", TODAY.plusDays(3))));
        // the head of the department is not cleared: the document stays hidden from them
        refused(404, Api.get("truongphong", "/api/incoming/" + doc));
        refused(404, Api.get("truongphong", "/api/incoming/" + doc + "/routing"));
    }

    static long outgoing(String subject) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("documentType", "BC");
        m.put("subject", subject);
        m.put("draftingDepartmentId", Routing.department("Phòng Kinh tế"));
        Api.Reply r = OutgoingIT.issue("vanthu", m, OutgoingIT.pdf("bao-cao.pdf"));
        assertEquals(201, r.status(), r.text());
        return r.json().get("id").asLong();
    }

    static long kinds(String user, String tag, String kind) {
        return NotificationIT.find(user, tag).stream().filter(n -> kind.equals(n.get("kind").asText())).count();
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
