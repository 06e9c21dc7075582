package vn.congvan.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * E-mail notifications against a real SMTP server (GreenMail) started by the test: the server under test
 * is pointed at it by the administrator's settings (PUT /api/admin/mail), or by its own congvan.mail.*
 * system properties (ear/pom.xml: 127.0.0.1:${it.smtp.port}). Checks recipients, subject and body, the
 * secrecy rule, the user's preference, and that a failed SMTP attempt is retried later without losing the
 * message (the outbox).
 */
class MailIT {

    private static final String ADMIN = "quantri";
    private static final int IT_SMTP_PORT = Integer.getInteger("it.smtp.port", 28180);

    @AfterAll
    static void backToTheServerSettings() {
        Api.delete(ADMIN, "/api/admin/mail");
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static GreenMail smtp(int port) {
        GreenMail g = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        g.start();
        return g;
    }

    static void pointAgencyAt(int port) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("enabled", true);
        s.put("host", "127.0.0.1");
        s.put("port", port);
        s.put("from", "congvan@ubnd.example.vn");
        s.put("security", "NONE");
        Api.Reply r = Api.putJson(ADMIN, "/api/admin/mail", s);
        assertEquals(200, r.status(), r.text());
        assertTrue(r.json().get("agencyOverride").asBoolean());
        assertEquals(port, r.json().get("port").asInt());
    }

    /** Creates a leader of the demo agency with an e-mail address; returns the user name. */
    static String leader(String tag, String letter, String clearance) {
        String username = "ld." + letter + "." + tag;
        Map<String, Object> u = new LinkedHashMap<>();
        u.put("username", username);
        u.put("password", Api.PASSWORD);
        u.put("fullName", "Lãnh đạo thử " + letter.toUpperCase());
        u.put("email", address(username));
        u.put("roles", List.of("LEADER"));
        u.put("clearance", clearance);
        u.put("positionIds", List.of());
        Api.Reply r = Api.postJson(ADMIN, "/api/admin/users", u);
        assertEquals(201, r.status(), r.text());
        return username;
    }

    static String address(String username) {
        return username + "@ubnd.example.vn";
    }

    /** Waits for a message to {@code to} whose subject holds {@code subjectPart}. */
    static MimeMessage await(GreenMail smtp, String to, String subjectPart, Duration within) throws Exception {
        Instant end = Instant.now().plus(within);
        while (Instant.now().isBefore(end)) {
            for (MimeMessage m : smtp.getReceivedMessages()) {
                if (to(m).contains(to) && (subjectPart == null || m.getSubject().contains(subjectPart))) {
                    return m;
                }
            }
            Thread.sleep(200);
        }
        fail("No message to " + to + " with \"" + subjectPart + "\" within " + within + "; received: " + summary(smtp));
        return null;
    }

    static List<MimeMessage> to(GreenMail smtp, String to) throws Exception {
        List<MimeMessage> l = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (to(m).contains(to)) {
                l.add(m);
            }
        }
        return l;
    }

    static List<String> to(MimeMessage m) throws Exception {
        List<String> l = new ArrayList<>();
        for (Address a : m.getAllRecipients()) {
            l.add(a.toString());
        }
        return l;
    }

    static String body(MimeMessage m) throws Exception {
        return m.getContent().toString();
    }

    private static String summary(GreenMail smtp) throws Exception {
        StringBuilder b = new StringBuilder();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            b.append("\n  ").append(to(m)).append(": ").append(m.getSubject());
        }
        return b.toString();
    }

    @Test
    void urgentDocumentsAreMailedAtOnceInTheRecipientsLanguageAndPreference() throws Exception {
        String tag = NotificationIT.tag();
        String vi = leader(tag, "a", "NONE");
        String en = leader(tag, "b", "NONE");
        String off = leader(tag, "c", "NONE");
        assertEquals(200, Api.putJson(en, "/api/me/notification-preferences", Map.of("language", "en")).status());
        assertEquals(200, Api.putJson(off, "/api/me/notification-preferences", Map.of("emailEnabled", false)).status());
        GreenMail smtp = smtp(freePort());
        try {
            pointAgencyAt(smtp.getSmtp().getPort());
            long doc = NotificationIT.register("vanthu", "Hỏa tốc: ứng phó lũ quét " + tag, 3);

            MimeMessage m = await(smtp, address(vi), tag, Duration.ofSeconds(20));
            assertTrue(m.getSubject().startsWith("[CôngVăn] [KHẨN] Văn bản đến khẩn vừa được vào sổ: "), m.getSubject());
            assertTrue(m.getSubject().contains("Hỏa tốc: ứng phó lũ quét " + tag), m.getSubject());
            assertEquals("congvan@ubnd.example.vn", m.getFrom()[0].toString());
            String body = body(m);
            assertTrue(body.contains("Mở văn bản: " + Api.BASE + "/app/incoming/view.xhtml?id=" + doc), body);
            assertTrue(body.contains("Người thực hiện: Nguyễn Thị Lan"), body);
            assertTrue(body.contains("tắt nhận thư"), "the footer says how to stop them: " + body);
            assertTrue(m.getContentType().toLowerCase().contains("utf-8"), m.getContentType());
            assertEquals(1, to(smtp, address(vi)).size(), "one message each");

            MimeMessage english = await(smtp, address(en), tag, Duration.ofSeconds(20));
            assertTrue(english.getSubject().startsWith("[CôngVăn] [URGENT] An urgent incoming document was registered: "),
                    english.getSubject());
            assertTrue(body(english).contains("Open the document: "), body(english));

            // e-mail off: in-app only
            Thread.sleep(1500);
            assertTrue(to(smtp, address(off)).isEmpty(), "no e-mail for a user who turned it off");
            assertEquals(1, NotificationIT.find(off, tag).size(), "but the notification is in the application");
            // the clerk who registered it has no address and is the actor anyway; the outbox is empty again
            JsonNode status = Api.get(ADMIN, "/api/admin/mail").json().get("outbox");
            assertTrue(status.get("sent").asLong() >= 2, status.toString());
        } finally {
            smtp.stop();
        }
    }

    @Test
    void aSecretDocumentIsMailedWithoutItsSubject() throws Exception {
        String tag = NotificationIT.tag();
        String cleared = leader(tag, "m", "MAT");
        String notCleared = leader(tag, "n", "NONE");
        GreenMail smtp = smtp(freePort());
        try {
            pointAgencyAt(smtp.getSmtp().getPort());
            Map<String, Object> meta = NotificationIT.metadata("Kế hoạch bảo vệ mục tiêu trọng điểm " + tag, 2);
            meta.put("registerId", NotificationIT.secretRegister());
            meta.put("secrecy", "MAT");
            Api.Reply r = Api.register(Api.basic("vanthu.mat"), Api.json(meta), Api.Part.pdf("mat.pdf", Pdfs.onePage("mat " + tag)));
            assertEquals(201, r.status(), r.text());
            long doc = r.json().get("id").asLong();

            MimeMessage m = await(smtp, address(cleared), "văn bản mật", Duration.ofSeconds(20));
            assertEquals("[CôngVăn] [KHẨN] Bạn có văn bản mật cần xử lý", m.getSubject());
            String body = body(m);
            assertTrue(body.startsWith("Bạn có văn bản mật cần xử lý."), body);
            assertTrue(body.contains("/app/incoming/view.xhtml?id=" + doc), body);
            for (String leak : List.of(tag, "Kế hoạch", "mục tiêu", "Văn phòng Chính phủ", "VPCP-KTTH", "Vũ Thị Hạnh")) {
                assertFalse(body.contains(leak) || m.getSubject().contains(leak), "the e-mail leaks \"" + leak + "\": " + body);
            }
            assertTrue(m.getContentType().startsWith("text/plain"), "no attachment: " + m.getContentType());
            // in the application, the cleared leader reads the title
            assertEquals(1, NotificationIT.find(cleared, tag).size());
            // the leader not cleared for Mật is told nothing, by no channel
            Thread.sleep(1500);
            assertTrue(to(smtp, address(notCleared)).isEmpty());
            assertTrue(NotificationIT.find(notCleared, tag).isEmpty());
        } finally {
            smtp.stop();
        }
    }

    @Test
    void aFailedSmtpAttemptIsRetriedLaterAndTheMessageIsNotLost() throws Exception {
        String tag = NotificationIT.tag();
        String lead = leader(tag, "r", "NONE");
        int port = freePort(); // nothing listens there yet
        pointAgencyAt(port);
        NotificationIT.register("vanthu", "Thượng khẩn: thử gửi lại " + tag, 2);

        // the first attempt fails (connection refused): the message waits in the outbox with the error
        JsonNode outbox = null;
        Instant end = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(end)) {
            outbox = Api.get(ADMIN, "/api/admin/mail").json().get("outbox");
            if (!outbox.get("lastError").isNull() && outbox.get("pending").asLong() >= 1) {
                break;
            }
            Thread.sleep(300);
        }
        assertTrue(outbox.get("pending").asLong() >= 1, outbox.toString());
        assertTrue(outbox.get("lastError").asText().contains("onnect"), outbox.toString());

        // the SMTP server comes back: the retry delivers it
        GreenMail smtp = smtp(port);
        try {
            MimeMessage m = await(smtp, address(lead), tag, Duration.ofSeconds(60));
            assertTrue(m.getSubject().contains("Thượng khẩn: thử gửi lại " + tag), m.getSubject());
            assertEquals(1, to(smtp, address(lead)).size(), "sent once");
        } finally {
            smtp.stop();
        }
    }

    @Test
    void theServerSettingsComeFromItsSystemProperties() throws Exception {
        Api.Reply reset = Api.delete(ADMIN, "/api/admin/mail");
        assertEquals(200, reset.status(), reset.text());
        JsonNode v = reset.json();
        assertFalse(v.get("agencyOverride").asBoolean());
        assertEquals("127.0.0.1", v.get("host").asText());
        assertEquals(IT_SMTP_PORT, v.get("port").asInt());
        assertEquals(IT_SMTP_PORT, v.get("server").get("port").asInt());
        assertEquals(3, v.get("server").get("batchSeconds").asInt());
        GreenMail smtp = smtp(IT_SMTP_PORT);
        try {
            Api.Reply test = Api.postJson(ADMIN, "/api/admin/mail/test", Map.of("to", "quantri@ubnd.example.vn"));
            assertEquals(200, test.status(), test.text());
            MimeMessage m = await(smtp, "quantri@ubnd.example.vn", "Thư thử", Duration.ofSeconds(10));
            assertEquals("[CôngVăn] Thư thử cấu hình máy chủ thư", m.getSubject());
            assertTrue(body(m).contains("Đỗ Quang Huy"), body(m));
            assertEquals("congvan@localhost", m.getFrom()[0].toString());
        } finally {
            smtp.stop();
        }
    }

    @Test
    void theAdministratorsSettingsAreCheckedAndThePasswordNeverShown() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("host", "smtp bad host");
        s.put("port", 70000);
        s.put("from", "không phải địa chỉ");
        s.put("security", "TLS1.0");
        Api.Reply bad = Api.putJson(ADMIN, "/api/admin/mail", s);
        assertEquals(422, bad.status(), bad.text());
        List<String> fields = new ArrayList<>();
        bad.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertEquals(List.of("host", "port", "from", "security"), fields);
        assertEquals(422, Api.putJson(ADMIN, "/api/admin/mail", Map.of("port", 25)).status());
        assertEquals(400, Api.put(ADMIN, "/api/admin/mail", "application/json", "{x".getBytes()).status());

        int port = freePort();
        Map<String, Object> good = new LinkedHashMap<>();
        good.put("host", "127.0.0.1");
        good.put("port", port);
        good.put("username", "congvan");
        good.put("password", "mật-khẩu-SMTP-bí-mật");
        good.put("from", "congvan@ubnd.example.vn");
        good.put("security", "starttls");
        Api.Reply ok = Api.putJson(ADMIN, "/api/admin/mail", good);
        assertEquals(200, ok.status(), ok.text());
        assertTrue(ok.json().get("passwordSet").asBoolean());
        assertEquals("STARTTLS", ok.json().get("security").asText());
        assertFalse(ok.text().contains("mật-khẩu-SMTP-bí-mật"), "the password is never returned");
        assertNull(ok.json().get("password"));
        assertFalse(Api.get(ADMIN, "/api/admin/mail").text().contains("mật-khẩu"));
        // a change without a password keeps it; clearPassword removes it
        good.remove("password");
        assertTrue(Api.putJson(ADMIN, "/api/admin/mail", good).json().get("passwordSet").asBoolean());
        good.put("clearPassword", true);
        assertFalse(Api.putJson(ADMIN, "/api/admin/mail", good).json().get("passwordSet").asBoolean());

        // a test message through an SMTP server that is not there: 502 with the reason
        Api.Reply test = Api.postJson(ADMIN, "/api/admin/mail/test", Map.of("to", "quantri@ubnd.example.vn"));
        assertEquals(502, test.status(), test.text());
        assertEquals("mail.test.failed", test.json().get("code").asText());
        Api.Reply noAddress = Api.postJson(ADMIN, "/api/admin/mail/test", Map.of());
        assertEquals(422, noAddress.status(), "quantri has no address: " + noAddress.text());
        assertEquals(422, Api.postJson(ADMIN, "/api/admin/mail/test", Map.of("to", "a@b@c")).status());

        // others: refused; the other agency's administrator sees their own (server) settings
        for (String user : List.of("vanthu", "lanhdao", "chuyenvien")) {
            assertEquals(403, Api.get(user, "/api/admin/mail").status(), user);
            assertEquals(403, Api.putJson(user, "/api/admin/mail", good).status(), user);
            assertEquals(403, Api.postJson(user, "/api/admin/mail/test", Map.of("to", "x@example.vn")).status(), user);
        }
        assertEquals(401, Api.get(null, "/api/admin/mail").status());
        assertFalse(Api.get("quantri.snv", "/api/admin/mail").json().get("agencyOverride").asBoolean());
        assertEquals(200, Api.delete(ADMIN, "/api/admin/mail").status());
    }
}
