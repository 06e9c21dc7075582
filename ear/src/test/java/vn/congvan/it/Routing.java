package vn.congvan.it;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Helpers of the routing tests: demo people and departments by name, and the routing steps over REST. */
final class Routing {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static Map<String, Long> users;
    private static Map<String, Long> departments;

    private Routing() {
    }

    static synchronized long user(String username) {
        if (users == null) {
            JsonNode c = Api.get("vanthu", "/api/routing/candidates").json();
            users = new HashMap<>();
            for (JsonNode p : c.get("people")) {
                users.put(p.get("username").asText(), p.get("id").asLong());
            }
            for (JsonNode p : c.get("leaders")) {
                users.put(p.get("username").asText(), p.get("id").asLong());
            }
            departments = new HashMap<>();
            for (JsonNode d : c.get("departments")) {
                departments.put(d.get("name").asText(), d.get("id").asLong());
            }
        }
        Long id = users.get(username);
        if (id == null) {
            throw new AssertionError("no demo user " + username);
        }
        return id;
    }

    static long department(String name) {
        user("vanthu");
        return departments.get(name);
    }

    static Api.Reply present(String user, long doc, String leader) {
        return Api.postJson(user, "/api/incoming/" + doc + "/routing/present",
                Map.of("leaderId", user(leader), "note", "Kính trình lãnh đạo cho ý kiến chỉ đạo"));
    }

    static Map<String, Object> toUser(String part, String username, LocalDate deadline) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("part", part);
        m.put("userId", user(username));
        if (deadline != null) {
            m.put("deadline", deadline.toString());
        }
        m.put("comment", "Giao " + username);
        return m;
    }

    static Map<String, Object> toDepartment(String part, String department, LocalDate deadline) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("part", part);
        m.put("departmentId", department(department));
        if (deadline != null) {
            m.put("deadline", deadline.toString());
        }
        return m;
    }

    @SafeVarargs
    static Api.Reply direct(String user, long doc, Map<String, Object>... parts) {
        return Api.postJson(user, "/api/incoming/" + doc + "/routing/direct",
                Map.of("comment", "Đề nghị các đơn vị khẩn trương xử lý", "assignments", List.of(parts)));
    }

    static Api.Reply step(String user, long assignment, String step, Object body) {
        return Api.postJson(user, "/api/routing/assignments/" + assignment + "/" + step, body);
    }

    static Api.Reply note(String user, long assignment, String step, String text) {
        return step(user, assignment, step, Map.of("text", text));
    }

    static JsonNode routing(String user, long doc) {
        Api.Reply r = Api.get(user, "/api/incoming/" + doc + "/routing");
        assertEquals(200, r.status(), r.text());
        return r.json();
    }

    /** The part of the document's routing given to {@code part} (LEAD…) — the open one if there are several. */
    static JsonNode part(JsonNode routing, String part) {
        JsonNode found = null;
        for (JsonNode a : routing.get("assignments")) {
            if (part.equals(a.get("part").asText()) && (found == null || !"RETURNED".equals(a.get("state").asText()))) {
                found = a;
            }
        }
        if (found == null) {
            throw new AssertionError("no " + part + " part in " + routing);
        }
        return found;
    }

    static void ok(Api.Reply r) {
        assertEquals(200, r.status(), r.text());
    }

    static void refused(int status, Api.Reply r) {
        assertEquals(status, r.status(), r.text());
        assertEquals(true, r.contentType().contains("json"), r.contentType());
    }

    /** A registered, presented and directed document: lead to the Phòng Kinh tế, cooperating chuyenvien.vx. */
    static long directed(String subject, int priority, LocalDate leadDeadline) {
        long doc = NotificationIT.register("vanthu", subject, priority);
        ok(present("vanthu", doc, "lanhdao"));
        ok(direct("lanhdao", doc, toDepartment("LEAD", "Phòng Kinh tế", leadDeadline),
                toUser("COOPERATE", "chuyenvien.vx", leadDeadline)));
        return doc;
    }

    /**
     * Runs SQL against the tests' PostgreSQL database (to move a deadline into the past, as time would);
     * skips the calling test on H2, whose database the running server holds.
     */
    static int sql(String statement, Object... args) {
        String url = System.getenv("CONGVAN_DB_URL");
        org.junit.jupiter.api.Assumptions.assumeTrue(url != null && url.startsWith("jdbc:postgresql:"),
                "needs the PostgreSQL database (CONGVAN_DB_URL)");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, System.getenv("CONGVAN_DB_USER"),
                System.getenv("CONGVAN_DB_PASSWORD"));
             java.sql.PreparedStatement st = c.prepareStatement(statement)) {
            for (int i = 0; i < args.length; i++) {
                st.setObject(i + 1, args[i] instanceof LocalDate d ? java.sql.Date.valueOf(d) : args[i]);
            }
            return st.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean onPostgres() {
        String url = System.getenv("CONGVAN_DB_URL");
        return url != null && url.startsWith("jdbc:postgresql:");
    }

    /** JSON-B leaves out null fields: absent or null. */
    static boolean absent(JsonNode node, String field) {
        return node.get(field) == null || node.get(field).isNull();
    }
}
