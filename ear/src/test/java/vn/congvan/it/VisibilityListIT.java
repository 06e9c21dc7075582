package vn.congvan.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import static vn.congvan.it.Routing.user;

/**
 * The people a document was routed to find it where they may open it: in the register list
 * ({@code GET /api/incoming}) and its total, in the dossier picker and in dossiers — and only there: a
 * specialist of another department does not, and a document above a user's clearance is neither listed
 * nor counted for them even when it was routed to their department.
 */
class VisibilityListIT {

    /** The user's page of a register (the default incoming register when {@code registerId} is null). */
    private static JsonNode page(String user, Long registerId) {
        Api.Reply r = Api.get(user, "/api/incoming?size=200" + (registerId == null ? "" : "&registerId=" + registerId));
        assertEquals(200, r.status(), r.text());
        return r.json();
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("items").forEach(i -> ids.add(i.get("id").asLong()));
        return ids;
    }

    private static long total(String user, Long registerId) {
        return page(user, registerId).get("total").asLong();
    }

    @Test
    void anAssignedSpecialistFindsTheDocumentInTheListAndItsCount() throws InterruptedException {
        String tag = NotificationIT.tag();
        String word = SearchIT.token();
        String subject = "Về việc rà soát đề án chuyển đổi số " + tag + " " + word;
        String query = "q=" + word;
        long doc = NotificationIT.register("vanthu", subject, 0);
        assertEquals(doc, SearchIT.waitFor("vanthu", query, 20).get("hits").get(0).get("id").asLong());
        long mine = total("chuyenvien", null);
        long other = total("chuyenvien.vx", null);
        long sameDepartment = total("chuyenvien2", null);
        assertFalse(ids(page("chuyenvien", null)).contains(doc), "not handed to anyone yet");
        assertFalse(ids(page("truongphong", null)).contains(doc), "not handed to anyone yet");

        ok(present("vanthu", doc, "lanhdao"));
        JsonNode r = direct("lanhdao", doc, toDepartment("LEAD", "Phòng Kinh tế", TODAY.plusDays(10))).json();
        // the head of the department the lead part went to finds it before re-assigning it — search included
        assertTrue(ids(page("truongphong", null)).contains(doc));
        assertEquals(doc, SearchIT.waitForTotal("truongphong", query, 1, 20).get("hits").get(0).get("id").asLong());
        assertEquals(0, SearchIT.search("chuyenvien", query).get("total").asLong(), "not yet given to the person");
        assertFalse(ids(page("chuyenvien", null)).contains(doc), "given to the department, not yet to the person");
        assertEquals(mine, total("chuyenvien", null));

        ok(step("truongphong", part(r, "LEAD").get("id").asLong(), "reassign", Map.of("userId", user("chuyenvien"))));

        // the assignee opens it, and finds it in the list, counted
        ok(Api.get("chuyenvien", "/api/incoming/" + doc));
        JsonNode p = page("chuyenvien", null);
        assertTrue(ids(p).contains(doc), p.toString());
        assertEquals(mine + 1, p.get("total").asLong());
        // and by full-text search, counted in the total and the facets
        JsonNode found = SearchIT.waitForTotal("chuyenvien", query, 1, 20);
        assertEquals(doc, found.get("hits").get(0).get("id").asLong(), found.toString());
        // neither the other department's specialist nor the colleague it was not given to finds it
        assertEquals(0, SearchIT.search("chuyenvien.vx", query).get("total").asLong());
        assertEquals(0, SearchIT.search("chuyenvien2", query).get("total").asLong());
        // a specialist of another department neither opens nor finds it; nor does a colleague it was not given to
        refused(404, Api.get("chuyenvien.vx", "/api/incoming/" + doc));
        assertFalse(ids(page("chuyenvien.vx", null)).contains(doc));
        assertEquals(other, total("chuyenvien.vx", null));
        refused(404, Api.get("chuyenvien2", "/api/incoming/" + doc));
        assertFalse(ids(page("chuyenvien2", null)).contains(doc));
        assertEquals(sameDepartment, total("chuyenvien2", null));

        // a register printed by a non-clerk is trimmed by the same rule: the assignee's print holds the document
        long register = p.get("items").get(ids(p).indexOf(doc)).get("registerId").asLong();
        assertTrue(printed("chuyenvien", register).contains(subject), "printed for the assignee");
        assertFalse(printed("chuyenvien.vx", register).contains(subject), "not printed for another department");
        assertTrue(printed("vanthu", register).contains(subject), "the clerk prints the whole register");

        // the dossier picker of the document's page, and putting it in a dossier of the specialist's department
        Api.Reply picker = Api.get("chuyenvien", "/api/dossiers?kind=INCOMING&documentId=" + doc);
        assertEquals(200, picker.status(), picker.text());
        assertEquals(0, picker.json().size(), "in no dossier yet");
        refused(404, Api.get("chuyenvien.vx", "/api/dossiers?kind=INCOMING&documentId=" + doc));
        refused(404, Api.get("chuyenvien2", "/api/dossiers?kind=INCOMING&documentId=" + doc));
        Api.Reply created = Api.postJson("chuyenvien", "/api/dossiers", Map.of("title", "Hồ sơ chuyển đổi số " + tag,
                "code", "HS-" + tag, "retention", "10"));
        assertEquals(201, created.status(), created.text());
        long dossier = created.json().get("id").asLong();
        // a colleague it was not given to cannot put it in a dossier of their own either
        Api.Reply theirs = Api.postJson("chuyenvien2", "/api/dossiers", Map.of("title", "Hồ sơ khác " + tag,
                "code", "HS2-" + tag, "retention", "10"));
        assertEquals(201, theirs.status(), theirs.text());
        Api.Reply notTheirs = Api.postJson("chuyenvien2", "/api/dossiers/" + theirs.json().get("id").asLong()
                + "/documents", Map.of("kind", "INCOMING", "documentId", doc));
        refused(404, notTheirs);
        assertEquals("document.notFound", notTheirs.json().get("code").asText());
        Api.Reply added = Api.postJson("chuyenvien", "/api/dossiers/" + dossier + "/documents",
                Map.of("kind", "INCOMING", "documentId", doc));
        assertEquals(200, added.status(), added.text());
        assertEquals(1, added.json().get("documentCount").asLong());
        assertEquals(doc, added.json().get("documents").get(0).get("id").asLong(), added.text());
        picker = Api.get("chuyenvien", "/api/dossiers?kind=INCOMING&documentId=" + doc);
        assertEquals(200, picker.status(), picker.text());
        assertEquals(1, picker.json().size());
        assertEquals(1, picker.json().get(0).get("documentCount").asLong());
        // the colleague sees the department's dossier, but not the document inside, nor counted
        JsonNode seen = Api.get("chuyenvien2", "/api/dossiers/" + dossier).json();
        assertEquals(0, seen.get("documentCount").asLong(), seen.toString());
        assertEquals(0, seen.get("documents").size(), seen.toString());
    }

    @Test
    void aSecretDocumentIsNeitherListedNorCountedAboveTheUsersClearance() throws InterruptedException {
        String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 6);
        long kt = Routing.department("Phòng Kinh tế");
        // a department head cleared for Mật (not Tối mật), and a leader cleared for Tối mật to direct
        String head = "tp.mat" + tag;
        String leader = "ld.toimat" + tag;
        createUser(head, kt, List.of("DEPT_HEAD"), "MAT");
        long leaderId = createUser(leader, null, List.of("LEADER"), "TOI_MAT");
        long register = NotificationIT.secretRegister();
        long before = total(head, register);
        refused(404, Api.get("truongphong", "/api/incoming?registerId=" + register));

        String word = SearchIT.token();
        long mat = secret("Văn bản mật " + tag + " " + word, "MAT");
        long toiMat = secret("Văn bản tối mật " + tag + " " + word, "TOI_MAT");
        ok(presentTo(mat, leaderId));
        ok(direct(leader, mat, toDepartment("LEAD", "Phòng Kinh tế", TODAY.plusDays(5))));
        ok(presentTo(toiMat, leaderId));
        // to a department: allowed, the department's people are not thereby cleared
        ok(direct(leader, toiMat, toDepartment("LEAD", "Phòng Kinh tế", TODAY.plusDays(5))));
        // to a person not cleared for the level: refused
        long third = secret("Văn bản tối mật thứ hai " + tag, "TOI_MAT");
        ok(presentTo(third, leaderId));
        Api.Reply refusal = direct(leader, third, Routing.toUser("LEAD", "chuyenvien", TODAY.plusDays(5)));
        refused(422, refusal);
        assertEquals("routing.notCleared", refusal.json().get("errors").get(0).get("code").asText(), refusal.text());

        // the Mật head finds and opens the Mật document of their department, not the Tối mật one
        ok(Api.get(head, "/api/incoming/" + mat));
        refused(404, Api.get(head, "/api/incoming/" + toiMat));
        JsonNode p = page(head, register);
        assertTrue(ids(p).contains(mat), p.toString());
        assertFalse(ids(p).contains(toiMat), p.toString());
        assertEquals(before + 1, p.get("total").asLong(), "the Tối mật document is not counted");
        // search likewise: the clerk cleared for Tối mật finds both, the Mật head only the Mật one (total and hits)
        SearchIT.waitForTotal("vanthu.mat", "q=" + word, 2, 20);
        JsonNode found = SearchIT.waitForTotal(head, "q=" + word, 1, 20);
        assertEquals(mat, found.get("hits").get(0).get("id").asLong(), found.toString());
        assertEquals(0, SearchIT.search("truongphong", "q=" + word).get("total").asLong(), "not cleared");
        // the uncleared head of the same department does not even see the register
        refused(404, Api.get("truongphong", "/api/incoming/" + mat));
        refused(404, Api.get("truongphong", "/api/incoming?registerId=" + register));
        // the clerk cleared for Tối mật lists both
        List<Long> clerk = ids(page("vanthu.mat", register));
        assertTrue(clerk.contains(mat) && clerk.contains(toiMat), clerk.toString());
    }

    /** The subjects column of the incoming register printed (XLSX) by the user for today. */
    private static String printed(String user, long register) {
        Api.Reply r = Api.get(user, "/api/registers/" + register + "/print?from=" + TODAY + "&to=" + TODAY + "&format=xlsx");
        assertEquals(200, r.status(), r.text());
        try {
            StringBuilder b = new StringBuilder();
            for (List<String> row : RegisterPrintIT.rows(r.body())) {
                b.append(String.join(" | ", row)).append('\n');
            }
            return b.toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long secret(String subject, String level) {
        Map<String, Object> m = NotificationIT.metadata(subject, 0);
        m.put("registerId", NotificationIT.secretRegister());
        m.put("secrecy", level);
        Api.Reply reg = Api.register(Api.basic("vanthu.mat"), Api.json(m), Api.Part.pdf("m.pdf", Pdfs.onePage(subject)));
        assertEquals(201, reg.status(), reg.text());
        return reg.json().get("id").asLong();
    }

    /** The clerk cleared for Tối mật presents the document to the leader (by id: a user made by this test). */
    private static Api.Reply presentTo(long doc, long leaderId) {
        return Api.postJson("vanthu.mat", "/api/incoming/" + doc + "/routing/present",
                Map.of("leaderId", leaderId, "note", "Kính trình"));
    }

    private static long createUser(String username, Long departmentId, List<String> roles, String clearance) {
        long position = -1;
        for (JsonNode p : Api.get("quantri", "/api/admin/positions").json()) {
            if (p.get("name").asText().equals("Chuyên viên")) {
                position = p.get("id").asLong();
            }
        }
        Map<String, Object> body = AdminIT.userBody(username, departmentId, roles, clearance, List.of(position), position);
        body.put("password", Api.PASSWORD);
        Api.Reply r = Api.postJson("quantri", "/api/admin/users", body);
        assertEquals(201, r.status(), r.text());
        return r.json().get("id").asLong();
    }
}
