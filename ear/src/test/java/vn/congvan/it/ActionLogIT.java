package vn.congvan.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The action log of the deployed application: a registration, a view and a download appear in the
 * document's history, and a row edited in the database behind the application's back is named by the
 * check. The edit needs the database while the server runs, so it runs on PostgreSQL (CONGVAN_DB_*);
 * on H2 the same check is covered by JdbcActionLogTest against the real migrations.
 */
class ActionLogIT {

    private record Doc(long id, long attachmentId) {
    }

    private static Doc registerOne(String subject) {
        Api.Reply r = Api.register(Api.basic("vanthu"), Api.metadata(subject), Api.Part.pdf("lịch sử.pdf", Pdfs.onePage(subject)));
        assertEquals(201, r.status(), r.text());
        return new Doc(r.json().get("id").asLong(), r.json().get("attachments").get(0).get("id").asLong());
    }

    private static JsonNode verify() {
        Api.Reply r = Api.get("quantri", "/api/admin/audit/verify");
        assertEquals(200, r.status(), r.text());
        return r.json();
    }

    @Test
    void historyListsRegistrationViewAndDownload() {
        Doc doc = registerOne("Lịch sử văn bản " + UUID.randomUUID());

        assertEquals(200, Api.get("lanhdao", "/api/incoming/" + doc.id()).status());
        Api.Reply file = Api.get("lanhdao", "/api/incoming/" + doc.id() + "/attachments/" + doc.attachmentId() + "/content");
        assertEquals(200, file.status());

        Api.Reply r = Api.get("vanthu", "/api/incoming/" + doc.id() + "/history");
        assertEquals(200, r.status(), r.text());
        JsonNode h = r.json();
        assertEquals(3, h.size(), h.toString());
        assertEquals("REGISTERED", h.get(0).get("action").asText());
        assertEquals("vanthu", h.get(0).get("username").asText());
        assertEquals("Nguyễn Thị Lan", h.get(0).get("userFullName").asText());
        assertEquals("VIEWED", h.get(1).get("action").asText());
        assertEquals("lanhdao", h.get(1).get("username").asText());
        assertEquals("DOWNLOADED", h.get(2).get("action").asText());
        assertEquals("lanhdao", h.get(2).get("username").asText());
        assertEquals(doc.attachmentId(), h.get(2).get("attachmentId").asLong());
        assertEquals("lịch sử.pdf", h.get(2).get("detail").asText());
        assertTrue(h.get(0).get("seq").asLong() < h.get(1).get("seq").asLong());
        assertTrue(h.get(1).get("seq").asLong() < h.get(2).get("seq").asLong());

        JsonNode check = verify();
        assertTrue(check.get("intact").asBoolean(), check.toString());
        assertTrue(check.get("entriesChecked").asLong() >= 3, check.toString());
    }

    @Test
    void onlyAdministratorsCheckAndOnlyThoseWhoSeeTheDocumentReadItsHistory() {
        Doc doc = registerOne("Quyền xem lịch sử " + UUID.randomUUID());
        assertEquals(403, Api.get("vanthu", "/api/admin/audit/verify").status());
        assertEquals(401, Api.get(null, "/api/admin/audit/verify").status());
        // another agency's clerk, and a specialist of a department the document was not handed to
        assertEquals(404, Api.get("vanthu.snv", "/api/incoming/" + doc.id() + "/history").status());
        assertEquals(404, Api.get("chuyenvien", "/api/incoming/" + doc.id() + "/history").status());
    }

    @Test
    void aRowEditedBehindTheApplicationsBackIsNamed() throws Exception {
        String url = System.getenv("CONGVAN_DB_URL");
        Assumptions.assumeTrue(url != null && url.startsWith("jdbc:postgresql:"),
                "needs the PostgreSQL database (CONGVAN_DB_URL); on H2 see JdbcActionLogTest");
        assertTrue(verify().get("intact").asBoolean(), "intact before the edit");

        Doc doc = registerOne("Sửa nhật ký " + UUID.randomUUID());
        assertEquals(200, Api.get("lanhdao", "/api/incoming/" + doc.id()).status());
        JsonNode viewed = Api.get("vanthu", "/api/incoming/" + doc.id() + "/history").json().get(1);
        assertEquals("VIEWED", viewed.get("action").asText());
        long seq = viewed.get("seq").asLong();

        try (Connection c = DriverManager.getConnection(url, System.getenv("CONGVAN_DB_USER"),
                System.getenv("CONGVAN_DB_PASSWORD"))) {
            String original;
            try (PreparedStatement ps = c.prepareStatement("SELECT username FROM action_log WHERE seq = ?")) {
                ps.setLong(1, seq);
                try (ResultSet rs = ps.executeQuery()) {
                    assertTrue(rs.next());
                    original = rs.getString(1);
                }
            }
            assertEquals("lanhdao", original);
            try {
                // the leader's view is made to look like the clerk's
                update(c, seq, "vanthu");
                JsonNode check = verify();
                assertFalse(check.get("intact").asBoolean(), check.toString());
                assertEquals(seq, check.get("brokenSeq").asLong(), check.toString());
                assertEquals("CONTENT_CHANGED", check.get("reason").asText());
            } finally {
                update(c, seq, original);
            }
        }
        assertTrue(verify().get("intact").asBoolean(), "intact again once the row is put back");
    }

    private static void update(Connection c, long seq, String username) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("UPDATE action_log SET username = ? WHERE seq = ?")) {
            ps.setString(1, username);
            ps.setLong(2, seq);
            assertEquals(1, ps.executeUpdate());
        }
    }
}
