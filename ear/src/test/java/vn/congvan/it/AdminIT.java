package vn.congvan.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Administration over HTTP (/api/admin): departments, users, positions, document types of the
 * administrator's own agency; other agencies' data is "not found", other roles are refused.
 */
class AdminIT {

    private static final String ADMIN = "quantri";
    private static final String OTHER_ADMIN = "quantri.snv";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    // ---- access ----

    @Test
    void onlyAdministratorsGetIn() {
        for (String path : List.of("/api/admin/users", "/api/admin/departments", "/api/admin/positions",
                "/api/admin/document-types")) {
            Api.Reply clerk = Api.get("vanthu", path);
            assertEquals(403, clerk.status(), path + " " + clerk.text());
            assertEquals("error.forbidden", clerk.json().get("code").asText());
            assertEquals(401, Api.get(null, path).status(), path);
            assertEquals(200, Api.get(ADMIN, path).status(), path);
        }
        Api.Reply create = send("POST", "lanhdao", Api.PASSWORD, "/api/admin/departments",
                Map.of("code", "X" + suffix(), "name", "Phòng thử"));
        assertEquals(403, create.status(), create.text());
    }

    // ---- departments ----

    @Test
    void departmentsAreCreatedRenamedDeactivatedAndLogged() {
        String code = ("P" + suffix()).toUpperCase();
        Api.Reply created = send("POST", ADMIN, "/api/admin/departments", Map.of("code", code.toLowerCase(), "name", "Phòng Tài chính"));
        assertEquals(201, created.status(), created.text());
        long id = created.json().get("id").asLong();
        assertEquals(code, created.json().get("code").asText(), "codes are kept in capitals");
        assertNotNull(created.header("Location"));

        Api.Reply renamed = send("PUT", ADMIN, "/api/admin/departments/" + id, Map.of("code", code, "name", "Phòng Tài chính - Kế hoạch"));
        assertEquals(200, renamed.status(), renamed.text());
        assertEquals("Phòng Tài chính - Kế hoạch", renamed.json().get("name").asText());
        assertEquals(code, renamed.json().get("notationAbbreviation").asText(), "no abbreviation: notations use the code");

        // the abbreviation notations carry ({unit}): Vietnamese letters kept, spaces refused, nothing saved
        Api.Reply abbreviated = send("PUT", ADMIN, "/api/admin/departments/" + id,
                Map.of("code", code, "name", "Phòng Tài chính - Kế hoạch", "abbreviation", "TCKHĐT"));
        assertEquals(200, abbreviated.status(), abbreviated.text());
        assertEquals("TCKHĐT", abbreviated.json().get("notationAbbreviation").asText());
        Api.Reply badAbbreviation = send("PUT", ADMIN, "/api/admin/departments/" + id,
                Map.of("code", code, "name", "Tên khác", "abbreviation", "TC KH"));
        assertEquals(422, badAbbreviation.status(), badAbbreviation.text());
        assertEquals(List.of("abbreviation"), fields(badAbbreviation));
        Api.Reply unchanged = send("GET", ADMIN, "/api/admin/departments/" + id, null);
        assertEquals("Phòng Tài chính - Kế hoạch", unchanged.json().get("name").asText());
        assertEquals("TCKHĐT", unchanged.json().get("abbreviation").asText());

        Api.Reply dup = send("POST", ADMIN, "/api/admin/departments", Map.of("code", "VP", "name", "Văn phòng 2"));
        assertEquals(409, dup.status(), dup.text());
        assertEquals("department.codeTaken", dup.json().get("code").asText());
        assertEquals("code", dup.json().get("errors").get(0).get("field").asText());

        Api.Reply blank = send("POST", ADMIN, "/api/admin/departments", Map.of("code", "A B", "name", " "));
        assertEquals(422, blank.status(), blank.text());
        assertEquals(List.of("code", "name"), fields(blank));
        assertEquals(400, raw("POST", ADMIN, Api.PASSWORD, "/api/admin/departments", "{\"code\": ").status());
        assertEquals(400, raw("POST", ADMIN, Api.PASSWORD, "/api/admin/departments", "").status());

        // a department in use by a user: no delete (409), deactivation only once nobody active is in it
        long userId = createUser("tc" + suffix(), id, List.of("SPECIALIST"), "NONE", List.of(), null).get("id").asLong();
        Api.Reply del = send("DELETE", ADMIN, "/api/admin/departments/" + id, null);
        assertEquals(409, del.status(), del.text());
        assertEquals("department.inUse", del.json().get("code").asText());
        Api.Reply busy = send("POST", ADMIN, "/api/admin/departments/" + id + "/deactivate", null);
        assertEquals(409, busy.status(), busy.text());
        assertEquals("department.hasActiveUsers", busy.json().get("code").asText());
        assertEquals(200, send("POST", ADMIN, "/api/admin/users/" + userId + "/deactivate", null).status());
        Api.Reply off = send("POST", ADMIN, "/api/admin/departments/" + id + "/deactivate", null);
        assertEquals(200, off.status(), off.text());
        assertFalse(off.json().get("active").asBoolean());
        // not offered in forms any more
        for (JsonNode d : Api.get("vanthu", "/api/departments").json()) {
            assertFalse(d.get("code").asText().equals(code), "inactive department offered: " + d);
        }
        // nor to new users
        Api.Reply inactiveDept = send("POST", ADMIN, "/api/admin/users", userBody("x" + suffix(), id, List.of("CLERK"), "NONE", List.of(), null));
        assertEquals(422, inactiveDept.status(), inactiveDept.text());
        assertEquals("user.department.inactive", inactiveDept.json().get("errors").get(0).get("code").asText());
        assertTrue(send("POST", ADMIN, "/api/admin/departments/" + id + "/reactivate", null).json().get("active").asBoolean());

        List<String> actions = actions(Api.get(ADMIN, "/api/admin/departments/" + id + "/history"));
        assertEquals(List.of("CREATED", "UPDATED", "UPDATED", "DEACTIVATED", "REACTIVATED"), actions);

        // an unused department may be deleted
        long spare = send("POST", ADMIN, "/api/admin/departments", Map.of("code", "Z" + suffix(), "name", "Nhầm")).json().get("id").asLong();
        assertEquals(204, send("DELETE", ADMIN, "/api/admin/departments/" + spare, null).status());
        assertEquals(404, Api.get(ADMIN, "/api/admin/departments/" + spare).status());
    }

    @Test
    void anotherAgencysDataIsNotFound() {
        long vanthu = findUser("vanthu").get("id").asLong();
        Api.Reply user = Api.get(OTHER_ADMIN, "/api/admin/users/" + vanthu);
        assertEquals(404, user.status(), user.text());
        assertEquals("user.notFound", user.json().get("code").asText());
        assertEquals(404, send("POST", OTHER_ADMIN, "/api/admin/users/" + vanthu + "/deactivate", null).status());
        assertEquals(404, send("PUT", OTHER_ADMIN, "/api/admin/users/" + vanthu + "/password",
                Map.of("newPassword", "matkhau12345")).status());
        long vp = department("VP").get("id").asLong();
        assertEquals(404, send("PUT", OTHER_ADMIN, "/api/admin/departments/" + vp, Map.of("code", "VP", "name", "Bị đổi")).status());
        assertEquals(404, send("POST", OTHER_ADMIN, "/api/admin/departments/" + vp + "/deactivate", null).status());
        // lists hold only their own agency
        for (JsonNode u : Api.get(OTHER_ADMIN, "/api/admin/users").json()) {
            assertTrue(u.get("username").asText().endsWith(".snv"), u.toString());
        }
        assertEquals(List.of("VP"), codes(Api.get(OTHER_ADMIN, "/api/admin/departments")));
        long position = Api.get(ADMIN, "/api/admin/positions").json().get(0).get("id").asLong();
        assertEquals(404, send("PUT", OTHER_ADMIN, "/api/admin/positions/" + position, Map.of("name", "X")).status());
        // and a user cannot be put in another agency's department or position
        Api.Reply cross = send("POST", OTHER_ADMIN, "/api/admin/users", userBody("snv" + suffix(), vp, List.of("CLERK"), "NONE", List.of(position), null));
        assertEquals(422, cross.status(), cross.text());
        assertEquals(List.of("departmentId", "positionIds"), fields(cross));
    }

    // ---- users ----

    @Test
    void aNewUserLogsInUntilDeactivatedAndPasswordsFollowThePolicy() {
        long kt = department("KT").get("id").asLong();
        long position = position("Chuyên viên").get("id").asLong();
        String login = "nguyen.an" + suffix();
        JsonNode u = createUser(login, kt, List.of("SPECIALIST"), "MAT", List.of(position), position);
        long id = u.get("id").asLong();
        assertEquals("MAT", u.get("clearance").asText());
        assertEquals("Chuyên viên", u.get("positionTitle").asText());

        Api.Reply me = send("GET", login, "Tam thoi 2026", "/api/me", null);
        assertEquals(200, me.status(), me.text());
        assertEquals("MAT", me.json().get("clearance").asText());
        assertEquals("Chuyên viên", me.json().get("position").asText());

        // search and filters
        assertEquals(List.of(login), usernames(Api.get(ADMIN, "/api/admin/users?q=" + login.toUpperCase())));
        assertTrue(usernames(Api.get(ADMIN, "/api/admin/users?department=" + kt + "&role=SPECIALIST&active=true")).contains(login));
        assertFalse(usernames(Api.get(ADMIN, "/api/admin/users?role=CLERK")).contains(login));
        assertEquals(422, Api.get(ADMIN, "/api/admin/users?role=BOSS").status());
        assertEquals(422, Api.get(ADMIN, "/api/admin/users?active=maybe").status());

        // deactivated: the server's realm refuses the login
        assertEquals(200, send("POST", ADMIN, "/api/admin/users/" + id + "/deactivate", null).status());
        Api.Reply refused = send("GET", login, "Tam thoi 2026", "/api/me", null);
        assertEquals(401, refused.status(), refused.text());
        assertFalse(usernames(Api.get(ADMIN, "/api/admin/users?active=true")).contains(login));
        assertTrue(usernames(Api.get(ADMIN, "/api/admin/users?active=false")).contains(login));
        assertEquals(200, send("POST", ADMIN, "/api/admin/users/" + id + "/reactivate", null).status());
        assertEquals(200, send("GET", login, "Tam thoi 2026", "/api/me", null).status());

        // reset by the administrator: the old password stops working
        Api.Reply weak = send("PUT", ADMIN, "/api/admin/users/" + id + "/password", Map.of("newPassword", "short1"));
        assertEquals(422, weak.status(), weak.text());
        assertEquals("password.tooShort", weak.json().get("errors").get(0).get("code").asText());
        assertEquals(204, send("PUT", ADMIN, "/api/admin/users/" + id + "/password", Map.of("newPassword", "DatLai 2026 x")).status());
        assertEquals(401, send("GET", login, "Tam thoi 2026", "/api/me", null).status());
        assertEquals(200, send("GET", login, "DatLai 2026 x", "/api/me", null).status());

        // the user changes their own password: the old one is checked, the policy applies
        Map<String, Object> wrongOld = Map.of("oldPassword", "not it 123", "newPassword", "CuaToi 2027 ab");
        Api.Reply wrong = send("PUT", login, "DatLai 2026 x", "/api/me/password", wrongOld);
        assertEquals(422, wrong.status(), wrong.text());
        assertEquals("password.oldWrong", wrong.json().get("errors").get(0).get("code").asText());
        Api.Reply noDigit = send("PUT", login, "DatLai 2026 x", "/api/me/password",
                Map.of("oldPassword", "DatLai 2026 x", "newPassword", "chỉ có chữ cái thôi"));
        assertEquals(422, noDigit.status());
        assertEquals("password.lettersAndDigits", noDigit.json().get("errors").get(0).get("code").asText());
        assertEquals(204, send("PUT", login, "DatLai 2026 x", "/api/me/password",
                Map.of("oldPassword", "DatLai 2026 x", "newPassword", "CuaToi 2027 ab")).status());
        assertEquals(401, send("GET", login, "DatLai 2026 x", "/api/me", null).status());
        assertEquals(200, send("GET", login, "CuaToi 2027 ab", "/api/me", null).status());

        assertEquals(List.of("CREATED", "DEACTIVATED", "REACTIVATED", "PASSWORD_RESET", "PASSWORD_CHANGED"),
                actions(Api.get(ADMIN, "/api/admin/users/" + id + "/history")));
        // and a non-admin cannot use the admin API even for themselves
        assertEquals(403, send("GET", login, "CuaToi 2027 ab", "/api/admin/users/" + id, null).status());
    }

    @Test
    void changesOfRolesAndClearanceAreLoggedWithOldAndNewValues() {
        long vp = department("VP").get("id").asLong();
        String login = "le.binh" + suffix();
        long id = createUser(login, vp, List.of("CLERK"), "NONE", List.of(), null).get("id").asLong();
        long leader = position("Chủ tịch").get("id").asLong();
        long deputy = position("Phó Chủ tịch").get("id").asLong();
        Map<String, Object> body = userBody(null, vp, List.of("LEADER", "CLERK"), "TOI_MAT", List.of(leader, deputy), deputy);
        body.put("fullName", "Lê Văn Bình");
        Api.Reply updated = send("PUT", ADMIN, "/api/admin/users/" + id, body);
        assertEquals(200, updated.status(), updated.text());
        assertEquals("Phó Chủ tịch", updated.json().get("positionTitle").asText());
        assertEquals(2, updated.json().get("positions").size());
        assertEquals(login, updated.json().get("username").asText(), "the login name never changes");

        JsonNode history = Api.get(ADMIN, "/api/admin/users/" + id + "/history").json();
        Map<String, String> details = new LinkedHashMap<>();
        for (JsonNode e : history) {
            details.put(e.get("action").asText(), e.get("detail").asText());
        }
        assertEquals("CLERK → CLERK,LEADER", details.get("ROLES_CHANGED"));
        assertEquals("NONE → TOI_MAT", details.get("CLEARANCE_CHANGED"));
        assertTrue(details.get("UPDATED").contains("fullName: "), details.toString());
        assertEquals("quantri", history.get(1).get("username").asText());

        // a primary position that is not held is refused, with nothing saved
        Api.Reply bad = send("PUT", ADMIN, "/api/admin/users/" + id,
                userBody(null, vp, List.of("LEADER"), "MAT", List.of(leader), deputy));
        assertEquals(422, bad.status(), bad.text());
        assertEquals(List.of("primaryPositionId"), fields(bad));
        assertEquals("TOI_MAT", Api.get(ADMIN, "/api/admin/users/" + id).json().get("clearance").asText());
    }

    @Test
    void anAdministratorCannotLockThemselvesOut() {
        JsonNode me = findUser(ADMIN);
        long id = me.get("id").asLong();
        Map<String, Object> body = userBody(null, me.get("departmentId").asLong(), List.of("CLERK"), me.get("clearance").asText(),
                List.of(), null);
        body.put("fullName", me.get("fullName").asText());
        Api.Reply demote = send("PUT", ADMIN, "/api/admin/users/" + id, body);
        assertEquals(409, demote.status(), demote.text());
        assertEquals("user.cannotDemoteSelf", demote.json().get("code").asText());
        Api.Reply off = send("POST", ADMIN, "/api/admin/users/" + id + "/deactivate", null);
        assertEquals(409, off.status(), off.text());
        assertEquals("user.cannotDeactivateSelf", off.json().get("code").asText());
        JsonNode after = Api.get(ADMIN, "/api/admin/users/" + id).json();
        assertTrue(after.get("active").asBoolean());
        assertTrue(after.get("roles").toString().contains("ADMIN"));
    }

    @Test
    void badUsersAreRefusedWithFieldErrors() {
        Api.Reply taken = send("POST", ADMIN, "/api/admin/users", userBody("vanthu", null, List.of("CLERK"), "NONE", List.of(), null));
        assertEquals(409, taken.status(), taken.text());
        assertEquals("user.usernameTaken", taken.json().get("code").asText());
        Api.Reply takenOtherAgency = send("POST", ADMIN, "/api/admin/users", userBody("VANTHU.SNV", null, List.of("CLERK"), "NONE", List.of(), null));
        assertEquals(409, takenOtherAgency.status(), "login names are unique across agencies");

        Map<String, Object> bad = userBody("nguyễn", null, List.of(), "SECRET", List.of(), null);
        bad.put("password", "abc");
        bad.put("email", "not-an-address");
        bad.put("fullName", "");
        Api.Reply r = send("POST", ADMIN, "/api/admin/users", bad);
        assertEquals(422, r.status(), r.text());
        assertEquals(List.of("clearance", "email", "fullName"), fields(r), "bean validation first");

        Map<String, Object> rules = userBody("nguyễn", null, List.of(), "NONE", List.of(), null);
        rules.put("password", "abc");
        Api.Reply r2 = sendEn("POST", ADMIN, "/api/admin/users", rules);
        assertEquals(422, r2.status(), r2.text());
        assertEquals(List.of("username", "password", "roles"), fields(r2));
        assertTrue(r2.json().get("errors").get(1).get("message").asText().contains("at least 10"), r2.text());

        Map<String, Object> badRole = userBody("tot" + suffix(), null, List.of("BOSS"), "NONE", List.of(), null);
        assertEquals(422, send("POST", ADMIN, "/api/admin/users", badRole).status());
        assertEquals(404, Api.get(ADMIN, "/api/admin/users/999999").status());
    }

    // ---- positions ----

    @Test
    void positionsAreACatalogueAndRenamingReachesHolders() {
        String name = "Phó Giám đốc " + suffix();
        Api.Reply created = send("POST", ADMIN, "/api/admin/positions", Map.of("name", name));
        assertEquals(201, created.status(), created.text());
        long id = created.json().get("id").asLong();
        assertEquals(409, send("POST", ADMIN, "/api/admin/positions", Map.of("name", name.toUpperCase())).status());
        assertEquals(422, send("POST", ADMIN, "/api/admin/positions", Map.of("name", "")).status());

        String login = "pgd" + suffix();
        createUser(login, null, List.of("LEADER"), "NONE", List.of(id), id);
        Api.Reply renamed = send("PUT", ADMIN, "/api/admin/positions/" + id, Map.of("name", name + " thường trực"));
        assertEquals(200, renamed.status(), renamed.text());
        assertEquals(1, renamed.json().get("holderCount").asInt());
        assertEquals(name + " thường trực", findUser(login).get("positionTitle").asText());

        Api.Reply off = send("POST", ADMIN, "/api/admin/positions/" + id + "/deactivate", null);
        assertFalse(off.json().get("active").asBoolean());
        assertEquals(1, findUser(login).get("positions").size(), "holders keep a deactivated position");
        assertTrue(send("POST", ADMIN, "/api/admin/positions/" + id + "/reactivate", null).json().get("active").asBoolean());
    }

    // ---- document types ----

    @Test
    void documentTypesAreRenamedHiddenAndAddedPerAgency() {
        JsonNode pb = documentType(ADMIN, "PB");
        long pbId = pb.get("id").asLong();
        assertTrue(pb.get("prescribed").asBoolean());
        try {
            Api.Reply renamed = send("PUT", ADMIN, "/api/admin/document-types/" + pbId,
                    Map.of("nameVi", "Phiếu báo (nội bộ)", "nameEn", "Internal notice"));
            assertEquals(200, renamed.status(), renamed.text());
            assertEquals("PB", renamed.json().get("abbreviation").asText());
            assertEquals("Phiếu báo (nội bộ)", documentType(ADMIN, "PB").get("nameVi").asText());
            assertEquals("Phiếu báo", documentType(OTHER_ADMIN, "PB").get("nameVi").asText(), "another agency keeps the decree's name");

            Api.Reply fixed = send("PUT", ADMIN, "/api/admin/document-types/" + pbId,
                    Map.of("abbreviation", "PBo", "nameVi", "Phiếu báo", "nameEn", "Notice slip"));
            assertEquals(422, fixed.status(), fixed.text());
            assertEquals("documentType.abbreviation.fixed", fixed.json().get("code").asText());

            assertEquals(200, send("POST", ADMIN, "/api/admin/document-types/" + pbId + "/deactivate", null).status());
            assertFalse(typeCodes("vanthu").contains("PB"), "hidden from the agency's forms");
            assertTrue(typeCodes("vanthu.snv").contains("PB"), "not from another agency's");
            assertTrue(typeCodes(null).contains("PB"), "nor from the public ND30 list");
            List<String> history = actions(Api.get(ADMIN, "/api/admin/document-types/" + pbId + "/history"));
            assertEquals(List.of("UPDATED", "DEACTIVATED"), history.subList(history.size() - 2, history.size()));
            assertFalse(actions(Api.get(OTHER_ADMIN, "/api/admin/document-types/" + pbId + "/history")).contains("DEACTIVATED"),
                    "another agency does not see these changes");
        } finally {
            send("POST", ADMIN, "/api/admin/document-types/" + pbId + "/reactivate", null);
            send("PUT", ADMIN, "/api/admin/document-types/" + pbId, Map.of("nameVi", "Phiếu báo", "nameEn", pb.get("nameEn").asText()));
        }
        assertTrue(typeCodes("vanthu").contains("PB"));

        // the agency's own types: Vietnamese letters, Đ distinct from D, unique ignoring case
        String letters = letters();
        Api.Reply own = send("POST", ADMIN, "/api/admin/document-types", Map.of("abbreviation", "Đ" + letters, "nameVi", "Đề cương " + letters, "nameEn", "Outline"));
        assertEquals(201, own.status(), own.text());
        assertFalse(own.json().get("prescribed").asBoolean());
        String code = own.json().get("code").asText();
        assertTrue(code.matches("A\\d+_DD" + letters), code);
        Api.Reply plainD = send("POST", ADMIN, "/api/admin/document-types", Map.of("abbreviation", "D" + letters, "nameVi", "Danh mục " + letters, "nameEn", "List"));
        assertEquals(201, plainD.status(), plainD.text());
        Api.Reply sameIgnoringCase = send("POST", ADMIN, "/api/admin/document-types", Map.of("abbreviation", "đ" + letters.toLowerCase(), "nameVi", "X", "nameEn", "X"));
        assertEquals(422, sameIgnoringCase.status(), "must start with a capital: " + sameIgnoringCase.text());
        Api.Reply dup = send("POST", ADMIN, "/api/admin/document-types", Map.of("abbreviation", "Đ" + letters.toLowerCase(), "nameVi", "X", "nameEn", "X"));
        assertEquals(409, dup.status(), dup.text());
        Api.Reply lawClash = send("POST", ADMIN, "/api/admin/document-types", Map.of("abbreviation", "HĐ", "nameVi", "Hợp đồng 2", "nameEn", "X"));
        assertEquals(409, lawClash.status(), lawClash.text());
        assertEquals("documentType.abbreviation.taken", lawClash.json().get("code").asText());
        Api.Reply tooLong = send("POST", ADMIN, "/api/admin/document-types", Map.of("abbreviation", "ABCDEFGHIJK", "nameVi", "X", "nameEn", "X"));
        assertEquals(422, tooLong.status());
        assertEquals("documentType.abbreviation.length", tooLong.json().get("errors").get(0).get("code").asText());

        assertTrue(typeCodes("vanthu").contains(code), "offered in the agency's forms");
        assertFalse(typeCodes("vanthu.snv").contains(code), "not in another agency's");
        long ownId = own.json().get("id").asLong();
        assertEquals(404, send("PUT", OTHER_ADMIN, "/api/admin/document-types/" + ownId, Map.of("nameVi", "X", "nameEn", "X")).status());
        assertEquals(404, send("POST", OTHER_ADMIN, "/api/admin/document-types/" + ownId + "/deactivate", null).status());

        // a clerk registers a paper document of the agency's own type; another agency's clerk cannot use it
        String meta = Api.metadata("Đề cương theo loại riêng").replace("\"CV\"", "\"" + code + "\"");
        Api.Reply ok = Api.register(Api.basic("vanthu"), meta.replace("{", "{\"receiveMethod\":\"PAPER\","));
        assertEquals(201, ok.status(), ok.text());
        Api.Reply other = Api.register(Api.basic("vanthu.snv"), meta.replace("{", "{\"receiveMethod\":\"PAPER\","));
        assertEquals(422, other.status(), other.text());
        assertTrue(other.text().contains("validation.documentType.unknown"), other.text());
    }

    // ---- helpers ----

    private static String suffix() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 6);
    }

    private static String letters() {
        Random r = new Random();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            b.append((char) ('A' + r.nextInt(26)));
        }
        return b.toString();
    }

    static Map<String, Object> userBody(String username, Long departmentId, List<String> roles, String clearance,
                                        List<Long> positionIds, Long primary) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (username != null) {
            m.put("username", username);
            m.put("password", "Tam thoi 2026");
        }
        m.put("fullName", "Người dùng thử " + suffix());
        m.put("email", "thu@example.vn");
        m.put("departmentId", departmentId);
        m.put("roles", roles);
        m.put("clearance", clearance);
        m.put("positionIds", positionIds);
        m.put("primaryPositionId", primary);
        return m;
    }

    private static JsonNode createUser(String username, Long departmentId, List<String> roles, String clearance,
                                       List<Long> positionIds, Long primary) {
        Api.Reply r = send("POST", ADMIN, "/api/admin/users", userBody(username, departmentId, roles, clearance, positionIds, primary));
        assertEquals(201, r.status(), r.text());
        return r.json();
    }

    private static JsonNode findUser(String username) {
        for (JsonNode u : Api.get(ADMIN, "/api/admin/users?q=" + username).json()) {
            if (u.get("username").asText().equals(username)) {
                return u;
            }
        }
        throw new AssertionError("no user " + username);
    }

    private static JsonNode department(String code) {
        for (JsonNode d : Api.get(ADMIN, "/api/admin/departments").json()) {
            if (d.get("code").asText().equals(code)) {
                return d;
            }
        }
        throw new AssertionError("no department " + code);
    }

    private static JsonNode position(String name) {
        for (JsonNode p : Api.get(ADMIN, "/api/admin/positions").json()) {
            if (p.get("name").asText().equals(name)) {
                return p;
            }
        }
        throw new AssertionError("no position " + name);
    }

    private static JsonNode documentType(String admin, String code) {
        for (JsonNode t : Api.get(admin, "/api/admin/document-types").json()) {
            if (t.get("code").asText().equals(code)) {
                return t;
            }
        }
        throw new AssertionError("no document type " + code);
    }

    private static List<String> typeCodes(String user) {
        List<String> out = new ArrayList<>();
        Api.get(user, "/api/document-types").json().forEach(t -> out.add(t.get("code").asText()));
        return out;
    }

    private static List<String> fields(Api.Reply r) {
        List<String> out = new ArrayList<>();
        r.json().get("errors").forEach(e -> out.add(e.get("field").asText()));
        return out;
    }

    private static List<String> usernames(Api.Reply r) {
        assertEquals(200, r.status(), r.text());
        List<String> out = new ArrayList<>();
        r.json().forEach(u -> out.add(u.get("username").asText()));
        return out;
    }

    private static List<String> codes(Api.Reply r) {
        List<String> out = new ArrayList<>();
        r.json().forEach(u -> out.add(u.get("code").asText()));
        return out;
    }

    private static List<String> actions(Api.Reply r) {
        assertEquals(200, r.status(), r.text());
        List<String> out = new ArrayList<>();
        r.json().forEach(e -> out.add(e.get("action").asText()));
        return out;
    }

    static Api.Reply send(String method, String user, String path, Object body) {
        return send(method, user, Api.PASSWORD, path, body);
    }

    static Api.Reply send(String method, String user, String password, String path, Object body) {
        return raw(method, user, password, path, body == null ? null : Api.json(body));
    }

    private static Api.Reply sendEn(String method, String user, String path, Object body) {
        return raw(method, user, Api.PASSWORD, path, Api.json(body), "en");
    }

    static Api.Reply raw(String method, String user, String password, String path, String json) {
        return raw(method, user, password, path, json, "vi");
    }

    private static Api.Reply raw(String method, String user, String password, String path, String json, String lang) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(Api.BASE + path)).timeout(Duration.ofSeconds(60))
                .header("Accept-Language", lang)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        if (user != null) {
            b.header("Authorization", Api.basic(user, password));
        }
        try {
            HttpResponse<byte[]> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Api.Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
