package vn.congvan.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Notifications over HTTP (issue 6): registering an urgent incoming document (Hỏa tốc, Thượng khẩn) tells
 * the agency's leaders at once; the leader sees it, counted, in their language, and marks it read; the
 * clerk who registered it, other users and other agencies do not see it; secrecy decides who is told.
 */
class NotificationIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** Registers an incoming document as {@code clerk}; priority 0 Thường … 3 Hỏa tốc. */
    static long register(String clerk, String subject, int priority) {
        Map<String, Object> m = metadata(subject, priority);
        Api.Reply r = Api.register(Api.basic(clerk), Api.json(m), Api.Part.pdf("khan.pdf", Pdfs.onePage(subject)));
        assertEquals(201, r.status(), r.text());
        return r.json().get("id").asLong();
    }

    static Map<String, Object> metadata(String subject, int priority) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("organName", "Văn phòng Chính phủ");
        m.put("codeNumber", String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits() % 100000)));
        m.put("codeNotation", "VPCP-KTTH");
        m.put("documentType", "CV");
        m.put("issuedDate", LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1).toString());
        m.put("subject", subject);
        m.put("priority", priority);
        return m;
    }

    static long secretRegister() {
        for (JsonNode r : Api.get("vanthu.mat", "/api/registers?kind=INCOMING").json()) {
            if ("SECRET".equals(r.get("series").asText())) {
                return r.get("id").asLong();
            }
        }
        throw new AssertionError("no secret register");
    }

    /** The user's notifications whose message holds {@code text}. */
    static List<JsonNode> find(String user, String text) {
        return find(user, text, "vi");
    }

    static List<JsonNode> find(String user, String text, String language) {
        Api.Reply r = get(user, "/api/me/notifications?size=100", language);
        assertEquals(200, r.status(), r.text());
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode n : r.json().get("items")) {
            if (n.get("message").asText().contains(text)) {
                found.add(n);
            }
        }
        return found;
    }

    static long unread(String user) {
        Api.Reply r = Api.get(user, "/api/me/notifications/count");
        assertEquals(200, r.status(), r.text());
        return r.json().get("unread").asLong();
    }

    static Api.Reply get(String user, String path, String language) {
        try {
            HttpRequest req = HttpRequest.newBuilder(URI.create(Api.BASE + path)).timeout(Duration.ofSeconds(60))
                    .header("Authorization", Api.basic(user)).header("Accept-Language", language).GET().build();
            HttpResponse<byte[]> r = HTTP.send(req, HttpResponse.BodyHandlers.ofByteArray());
            return new Api.Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theLeaderIsToldAtOnceAndMarksItRead() {
        String tag = tag();
        long before = unread("lanhdao");
        long doc = register("vanthu", "Hỏa tốc: phòng chống bão số 3 " + tag, 3);

        List<JsonNode> mine = find("lanhdao", tag);
        assertEquals(1, mine.size(), "one notification for the leader");
        JsonNode n = mine.get(0);
        assertEquals("REGISTERED_URGENT", n.get("kind").asText());
        assertEquals("INCOMING", n.get("documentKind").asText());
        assertEquals(doc, n.get("documentId").asLong());
        assertTrue(n.get("urgent").asBoolean());
        assertFalse(n.get("read").asBoolean());
        assertEquals("app/incoming/view.xhtml?id=" + doc, n.get("link").asText());
        assertTrue(n.get("message").asText().startsWith("Văn bản đến khẩn vừa được vào sổ: "), n.toString());
        assertTrue(n.get("message").asText().contains("(Văn phòng Chính phủ): Hỏa tốc: phòng chống bão số 3"), n.toString());
        assertTrue(n.get("detail").asText().startsWith("Hỏa tốc · số đến "), n.toString());
        assertEquals("Nguyễn Thị Lan", n.get("actorName").asText(), "the clerk who registered it");
        assertEquals(before + 1, unread("lanhdao"));
        JsonNode count = Api.get("lanhdao", "/api/me/notifications/count").json();
        assertTrue(count.get("urgentUnread").asLong() >= 1);

        // in English when asked, from the same stored notification
        JsonNode en = find("lanhdao", tag, "en").get(0);
        assertTrue(en.get("message").asText().startsWith("An urgent incoming document was registered: "), en.toString());

        // unread filter, then mark read (twice: the second changes nothing)
        assertEquals(1, count(Api.get("lanhdao", "/api/me/notifications?unread=true&size=100").json(), tag));
        long id = n.get("id").asLong();
        Api.Reply read = Api.post("lanhdao", "/api/me/notifications/" + id + "/read");
        assertEquals(200, read.status(), read.text());
        assertTrue(read.json().get("read").asBoolean());
        String readAt = read.json().get("readAt").asText();
        assertEquals(before, unread("lanhdao"));
        Api.Reply again = Api.post("lanhdao", "/api/me/notifications/" + id + "/read");
        assertEquals(200, again.status());
        assertEquals(readAt, again.json().get("readAt").asText(), "the first reading time is kept");
        assertEquals(0, count(Api.get("lanhdao", "/api/me/notifications?unread=true&size=100").json(), tag));
        assertEquals(1, count(Api.get("lanhdao", "/api/me/notifications?size=100").json(), tag));
    }

    @Test
    void theActorOthersAndOtherAgenciesAreNotTold() {
        String tag = tag();
        register("vanthu", "Thượng khẩn: báo cáo nhanh " + tag, 2);
        JsonNode n = find("lanhdao", tag).get(0);
        assertTrue(find("lanhdao.mat", tag).size() == 1, "every leader of the agency is told");
        for (String user : List.of("vanthu", "chuyenvien", "truongphong", "quantri", "vanthu.snv", "quantri.snv")) {
            assertTrue(find(user, tag).isEmpty(), user + " is not told");
        }
        // someone else's notification: not found, and it stays unread
        for (String user : List.of("chuyenvien", "quantri.snv")) {
            Api.Reply r = Api.post(user, "/api/me/notifications/" + n.get("id").asLong() + "/read");
            assertEquals(404, r.status(), user + " " + r.text());
            assertEquals("notification.notFound", r.json().get("code").asText());
        }
        assertFalse(find("lanhdao", tag).get(0).get("read").asBoolean());
        assertEquals(404, Api.post("lanhdao", "/api/me/notifications/99999999/read").status());
    }

    @Test
    void onlyUrgentDocumentsNotifyAndARefusedRegistrationNotifiesNobody() {
        String tag = tag();
        register("vanthu", "Văn bản thường " + tag, 0);
        register("vanthu", "Văn bản khẩn (không thượng khẩn) " + tag, 1);
        assertTrue(find("lanhdao", tag).isEmpty(), "Thường and Khẩn do not notify");

        // an urgent registration that is refused (due date in the past) rolls back, notification and all
        Map<String, Object> m = metadata("Hỏa tốc bị từ chối " + tag, 3);
        m.put("dueDate", LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(3).toString());
        long unread = unread("lanhdao");
        Api.Reply r = Api.register(Api.basic("vanthu"), Api.json(m), Api.Part.pdf("x.pdf", Pdfs.onePage("x" + tag)));
        assertEquals(422, r.status(), r.text());
        assertTrue(find("lanhdao", tag).isEmpty());
        assertEquals(unread, unread("lanhdao"));
    }

    @Test
    void secrecyDecidesWhoIsTold() {
        String tag = tag();
        long register = secretRegister();
        for (String level : List.of("MAT", "TOI_MAT")) {
            Map<String, Object> m = metadata("Hỏa tốc mật " + level + " " + tag, 3);
            m.put("registerId", register);
            m.put("secrecy", level);
            Api.Reply r = Api.register(Api.basic("vanthu.mat"), Api.json(m), Api.Part.pdf("m.pdf", Pdfs.onePage(tag)));
            assertEquals(201, r.status(), r.text());
        }
        // lanhdao.mat is cleared for Mật, not Tối mật; lanhdao for neither
        List<JsonNode> cleared = find("lanhdao.mat", tag);
        assertEquals(1, cleared.size(), cleared.toString());
        assertTrue(cleared.get(0).get("message").asText().contains("Hỏa tốc mật MAT " + tag), "a cleared reader reads the title");
        assertTrue(find("lanhdao", tag).isEmpty());
        assertTrue(find("lanhdao", "văn bản mật").stream().noneMatch(n -> n.get("message").asText().contains(tag)));
    }

    @Test
    void markAllRead() {
        String tag = tag();
        register("vanthu", "Hỏa tốc một " + tag, 3);
        register("vanthu", "Hỏa tốc hai " + tag, 3);
        assertEquals(2, find("lanhdao.mat", tag).stream().filter(n -> !n.get("read").asBoolean()).count());
        Api.Reply all = Api.post("lanhdao.mat", "/api/me/notifications/read-all");
        assertEquals(200, all.status(), all.text());
        assertTrue(all.json().get("marked").asInt() >= 2);
        assertEquals(0, unread("lanhdao.mat"));
        assertEquals(0, Api.get("lanhdao.mat", "/api/me/notifications?unread=true").json().get("total").asLong());
        assertEquals(2, find("lanhdao.mat", tag).stream().filter(n -> n.get("read").asBoolean()).count());
        // the other leader's are untouched
        assertEquals(2, find("lanhdao", tag).stream().filter(n -> !n.get("read").asBoolean()).count());
    }

    @Test
    void badRequestsAreRefused() {
        assertEquals(401, Api.get(null, "/api/me/notifications").status());
        assertEquals(401, Api.get(null, "/api/me/notifications/count").status());
        assertEquals(401, Api.post(null, "/api/me/notifications/read-all").status());
        Api.Reply size = Api.get("lanhdao", "/api/me/notifications?size=0");
        assertEquals(422, size.status(), size.text());
        assertEquals("size", size.json().get("errors").get(0).get("field").asText());
        assertEquals(422, Api.get("lanhdao", "/api/me/notifications?size=101").status());
        assertEquals(422, Api.get("lanhdao", "/api/me/notifications?page=-1").status());
        assertEquals(400, Api.get("lanhdao", "/api/me/notifications?size=abc").status());
        Api.Reply unread = Api.get("lanhdao", "/api/me/notifications?unread=maybe");
        assertEquals(422, unread.status(), unread.text());
        assertEquals(404, Api.post("lanhdao", "/api/me/notifications/abc/read").status());
    }

    @Test
    void preferences() {
        Api.Reply p = Api.get("chuyenvien", "/api/me/notification-preferences");
        assertEquals(200, p.status(), p.text());
        assertTrue(p.json().get("emailEnabled").asBoolean(), "e-mail on by default");
        assertEquals("vi", p.json().get("language").asText());
        assertTrue(!p.json().has("email") || p.json().get("email").isNull(), "the demo users have no address: in-app only");

        Api.Reply bad = Api.putJson("chuyenvien", "/api/me/notification-preferences", Map.of("emailEnabled", false, "language", "fr"));
        assertEquals(422, bad.status(), bad.text());
        assertEquals("language", bad.json().get("errors").get(0).get("field").asText());
        assertTrue(Api.get("chuyenvien", "/api/me/notification-preferences").json().get("emailEnabled").asBoolean(),
                "a refused change changes nothing");

        Api.Reply off = Api.putJson("chuyenvien", "/api/me/notification-preferences", Map.of("emailEnabled", false));
        assertEquals(200, off.status(), off.text());
        assertFalse(off.json().get("emailEnabled").asBoolean());
        assertEquals("vi", off.json().get("language").asText(), "left out: kept");
        Api.Reply on = Api.putJson("chuyenvien", "/api/me/notification-preferences", Map.of("emailEnabled", true, "language", "en"));
        assertEquals("en", on.json().get("language").asText());
        assertTrue(on.json().get("emailEnabled").asBoolean());
        Api.putJson("chuyenvien", "/api/me/notification-preferences", Map.of("language", "vi"));
        assertEquals(400, Api.put("chuyenvien", "/api/me/notification-preferences", "application/json",
                "{nope".getBytes(java.nio.charset.StandardCharsets.UTF_8)).status());
    }

    private static long count(JsonNode page, String text) {
        long c = 0;
        for (JsonNode n : page.get("items")) {
            if (n.get("message").asText().contains(text)) {
                c++;
            }
        }
        assertNotNull(page.get("unread"));
        assertNull(page.get("nothing"));
        return c;
    }
}
