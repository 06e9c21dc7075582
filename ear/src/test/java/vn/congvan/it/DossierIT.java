package vn.congvan.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Dossiers (hồ sơ công việc) over HTTP: creating with bad input, one document in several dossiers
 * without copies, closing (read-only, 409), reopening (administrators), who sees what, and the ZIP
 * export checked file by file against its index.
 */
class DossierIT {

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static Map<String, Object> dossier(String title, String code) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", title);
        m.put("code", code);
        m.put("retention", "10");
        m.put("notes", "Ghi chú");
        return m;
    }

    private static long create(String user, String title) {
        Api.Reply r = Api.postJson(user, "/api/dossiers", dossier(title, "HS-" + tag()));
        assertEquals(201, r.status(), r.text());
        return r.json().get("id").asLong();
    }

    private static long registerDoc(String clerk, String subject, byte[]... pdfs) {
        Api.Part[] parts = new Api.Part[pdfs.length];
        for (int i = 0; i < pdfs.length; i++) {
            parts[i] = Api.Part.pdf(i == 0 ? "Công văn " + subject + ".pdf" : "Phụ lục " + i + ".pdf", pdfs[i]);
        }
        Api.Reply r = Api.register(Api.basic(clerk), Api.metadata(subject), parts);
        assertEquals(201, r.status(), r.text());
        return r.json().get("id").asLong();
    }

    private static Api.Reply add(String user, long dossier, long doc) {
        return Api.postJson(user, "/api/dossiers/" + dossier + "/documents", Map.of("kind", "INCOMING", "documentId", doc));
    }

    @Test
    void createRefusesBadInputWithFieldErrorsAndSavesNothing() {
        String code = "HS-" + tag();
        Map<String, Object> noTitle = dossier("", code);
        Api.Reply r = Api.postJson("vanthu", "/api/dossiers", noTitle);
        assertEquals(422, r.status(), r.text());
        assertEquals("title", r.json().get("errors").get(0).get("field").asText());
        assertEquals("validation.required", r.json().get("errors").get(0).get("code").asText());

        Map<String, Object> badRetention = dossier("Hồ sơ", code);
        badRetention.put("retention", "mãi mãi");
        r = Api.postJson("vanthu", "/api/dossiers", badRetention);
        assertEquals(422, r.status(), r.text());
        assertEquals("retention", r.json().get("errors").get(0).get("field").asText());

        Map<String, Object> tooLong = dossier("Hồ sơ", code);
        tooLong.put("retention", "101");
        assertEquals(422, Api.postJson("vanthu", "/api/dossiers", tooLong).status());

        Map<String, Object> otherDept = dossier("Hồ sơ", code);
        otherDept.put("departmentId", 999999999);
        r = Api.postJson("vanthu", "/api/dossiers", otherDept);
        assertEquals(422, r.status(), r.text());
        assertEquals("departmentId", r.json().get("errors").get(0).get("field").asText());

        Api.Reply neither = Api.postJson("vanthu", "/api/dossiers", dossier(null, null));
        assertEquals(422, neither.status());
        assertEquals(2, neither.json().get("errors").size(), neither.text());

        Api.Reply noBody = Api.put("vanthu", "/api/dossiers", "application/json", new byte[0]);
        assertEquals(405, noBody.status());
        Api.Reply malformed = Api.postJson("vanthu", "/api/dossiers", "không phải đối tượng");
        assertTrue(malformed.status() == 400, malformed.text());

        // nothing was created by the refused requests: the code is still free
        Api.Reply ok = Api.postJson("vanthu", "/api/dossiers", dossier("Hồ sơ hợp lệ", code));
        assertEquals(201, ok.status(), ok.text());
        assertEquals("10", ok.json().get("retention").asText());
        assertEquals("10 năm", ok.json().get("retentionLabel").asText());
        assertEquals("vanthu", ok.json().get("ownerUsername").asText());
        assertEquals("Văn phòng", ok.json().get("departmentName").asText());
        Api.Reply again = Api.postJson("vanthu", "/api/dossiers", dossier("Hồ sơ trùng", code));
        assertEquals(409, again.status(), again.text());
        assertEquals("dossier.exists", again.json().get("code").asText());
    }

    @Test
    void oneDocumentInSeveralDossiersWithoutCopies() {
        String t = tag();
        long doc = registerDoc("vanthu", "Văn bản dùng chung " + t, Pdfs.onePage("chung " + t));
        long a = create("vanthu", "Hồ sơ A " + t);
        long b = create("vanthu", "Hồ sơ B " + t);
        assertEquals(200, add("vanthu", a, doc).status());
        Api.Reply second = add("vanthu", b, doc);
        assertEquals(200, second.status(), second.text());
        assertEquals(1, second.json().get("documentCount").asLong());
        Api.Reply twice = add("vanthu", b, doc);
        assertEquals(409, twice.status());
        assertEquals("dossier.alreadyContains", twice.json().get("code").asText());

        List<Long> holding = new ArrayList<>();
        Api.get("lanhdao", "/api/dossiers?documentId=" + doc).json().forEach(d -> holding.add(d.get("id").asLong()));
        assertEquals(List.of(a, b).stream().sorted().toList(), holding.stream().sorted().toList());
        JsonNode inA = Api.get("vanthu", "/api/dossiers/" + a).json().get("documents").get(0);
        JsonNode inB = Api.get("vanthu", "/api/dossiers/" + b).json().get("documents").get(0);
        assertEquals(doc, inA.get("id").asLong());
        assertEquals(inA.get("id"), inB.get("id"), "the same document, not a copy");

        // removing from one leaves the other
        Api.Reply removed = Api.delete("vanthu", "/api/dossiers/" + a + "/documents/INCOMING/" + doc);
        assertEquals(200, removed.status(), removed.text());
        assertEquals(0, removed.json().get("documentCount").asLong());
        assertEquals(404, Api.delete("vanthu", "/api/dossiers/" + a + "/documents/INCOMING/" + doc).status());
        assertEquals(1, Api.get("vanthu", "/api/dossiers/" + b).json().get("documentCount").asLong());
        assertEquals(200, Api.get("vanthu", "/api/incoming/" + doc).status(), "the document itself is untouched");

        List<String> history = new ArrayList<>();
        Api.get("vanthu", "/api/incoming/" + doc + "/history").json().forEach(h -> history.add(h.get("action").asText()));
        assertTrue(history.contains("DOSSIER_DOC_ADDED") && history.contains("DOSSIER_DOC_REMOVED"), history.toString());
    }

    @Test
    void unknownIdsAndForeignAgenciesAre404() {
        long d = create("vanthu", "Hồ sơ " + tag());
        long doc = registerDoc("vanthu", "Văn bản " + tag(), Pdfs.onePage("x"));
        assertEquals("dossier.notFound", Api.get("vanthu", "/api/dossiers/999999999").json().get("code").asText());
        assertEquals(404, add("vanthu", 999999999, doc).status());
        Api.Reply unknownDoc = add("vanthu", d, 999999999);
        assertEquals(404, unknownDoc.status());
        assertEquals("document.notFound", unknownDoc.json().get("code").asText());
        Api.Reply badKind = Api.postJson("vanthu", "/api/dossiers/" + d + "/documents", Map.of("kind", "KHAC", "documentId", doc));
        assertEquals(422, badKind.status(), badKind.text());
        assertEquals(404, Api.post("vanthu", "/api/dossiers/999999999/close").status());
        assertEquals(404, Api.get("vanthu", "/api/dossiers/999999999/export").status());

        // another agency: neither the dossier nor the document exists for them
        assertEquals(404, Api.get("vanthu.snv", "/api/dossiers/" + d).status());
        assertEquals(404, Api.get("vanthu.snv", "/api/dossiers/" + d + "/export").status());
        assertEquals(404, add("vanthu.snv", d, doc).status());
        long snvDoc = registerDoc("vanthu.snv", "Văn bản Sở Nội vụ " + tag(), Pdfs.onePage("snv"));
        long snvDossier = create("vanthu.snv", "Hồ sơ Sở Nội vụ " + tag());
        assertEquals(404, add("vanthu.snv", snvDossier, doc).status());
        assertEquals(404, add("vanthu", d, snvDoc).status());
        assertFalse(Api.get("vanthu", "/api/dossiers").text().contains("\"id\":" + snvDossier + ","));
    }

    @Test
    void visibleToTheDepartmentAndTheAgencysClerksLeadersAdmins() {
        // a dossier of Phòng Kinh tế, made by its head
        long kt = create("truongphong", "Hồ sơ Phòng Kinh tế " + tag());
        assertEquals(200, Api.get("chuyenvien", "/api/dossiers/" + kt).status(), "same department");
        assertEquals(200, Api.get("lanhdao", "/api/dossiers/" + kt).status());
        assertEquals(200, Api.get("vanthu", "/api/dossiers/" + kt).status());
        Api.Reply change = Api.post("chuyenvien", "/api/dossiers/" + kt + "/close");
        assertEquals(403, change.status(), "not the owner, not a clerk: " + change.text());
        assertEquals("dossier.forbidden", change.json().get("code").asText());
        // a dossier of Văn phòng is not visible to a specialist of Phòng Kinh tế
        long vp = create("vanthu", "Hồ sơ Văn phòng " + tag());
        assertEquals(404, Api.get("chuyenvien", "/api/dossiers/" + vp).status());
        assertFalse(Api.get("chuyenvien", "/api/dossiers").text().contains("\"id\":" + vp + ","));
        // a specialist makes dossiers of their own department only
        Map<String, Object> elsewhere = dossier("Hồ sơ", "HS-" + tag());
        elsewhere.put("departmentId", Api.get("vanthu", "/api/dossiers/" + vp).json().get("departmentId").asLong());
        Api.Reply refused = Api.postJson("chuyenvien", "/api/dossiers", elsewhere);
        assertEquals(422, refused.status(), refused.text());
        assertEquals("dossier.department.notOwn", refused.json().get("errors").get(0).get("code").asText());
    }

    @Test
    void aClosedDossierIsReadOnlyUntilAnAdministratorReopensIt() {
        long d = create("vanthu", "Hồ sơ sẽ đóng " + tag());
        long doc = registerDoc("vanthu", "Văn bản trong hồ sơ đóng " + tag(), Pdfs.onePage("d"));
        long other = registerDoc("vanthu", "Văn bản khác " + tag(), Pdfs.onePage("o"));
        assertEquals(200, add("vanthu", d, doc).status());
        Api.Reply closed = Api.post("vanthu", "/api/dossiers/" + d + "/close");
        assertEquals(200, closed.status(), closed.text());
        assertTrue(closed.json().get("closed").asBoolean());
        assertFalse(closed.json().get("closedAt").isNull());
        assertFalse(closed.json().get("canChange").asBoolean());

        Api.Reply r = add("vanthu", d, other);
        assertEquals(409, r.status(), r.text());
        assertEquals("dossier.closed", r.json().get("code").asText());
        assertEquals(409, Api.delete("vanthu", "/api/dossiers/" + d + "/documents/INCOMING/" + doc).status());
        assertEquals(409, Api.post("vanthu", "/api/dossiers/" + d + "/close").status());
        assertEquals(200, Api.get("vanthu", "/api/dossiers/" + d + "/export").status(), "a closed dossier is still exported");

        Api.Reply byClerk = Api.post("vanthu", "/api/dossiers/" + d + "/reopen");
        assertEquals(403, byClerk.status());
        assertEquals("dossier.reopen.forbidden", byClerk.json().get("code").asText());
        Api.Reply reopened = Api.post("quantri", "/api/dossiers/" + d + "/reopen");
        assertEquals(200, reopened.status(), reopened.text());
        assertFalse(reopened.json().get("closed").asBoolean());
        assertEquals(409, Api.post("quantri", "/api/dossiers/" + d + "/reopen").status());
        assertEquals(200, add("vanthu", d, other).status());

        // every step is in the dossier's history, in order, with who did it
        List<String> steps = new ArrayList<>();
        Api.get("lanhdao", "/api/dossiers/" + d + "/history").json()
                .forEach(h -> steps.add(h.get("action").asText() + " " + h.get("username").asText()));
        assertEquals(List.of("DOSSIER_CREATED vanthu", "DOSSIER_DOC_ADDED vanthu", "DOSSIER_CLOSED vanthu",
                "DOSSIER_EXPORTED vanthu", "DOSSIER_REOPENED quantri", "DOSSIER_DOC_ADDED vanthu"), steps);
        assertEquals(404, Api.get("chuyenvien", "/api/dossiers/" + d + "/history").status(), "not their department");
    }

    @Test
    void theZipHoldsEachDocumentsCurrentFilesAndAnIndexWhoseHashesMatch() throws Exception {
        String t = tag();
        String title = "Hồ sơ xuất khẩu Đường Trần Hưng Đạo " + t;
        long d = create("vanthu", title);
        long one = registerDoc("vanthu", "Văn bản một " + t, Pdfs.onePage("mot " + t), Pdfs.onePage("phu luc " + t));
        long two = registerDoc("vanthu", "Văn bản hai " + t, Pdfs.onePage("hai " + t));
        JsonNode twoAtt = Api.get("vanthu", "/api/incoming/" + two).json().get("attachments").get(0);
        // a new version (the ZIP has the latest only) and a deleted file (not in the ZIP)
        byte[] latest = Pdfs.onePage("hai phien ban 2 " + t);
        Api.Reply v2 = Api.postMultipart("vanthu", "/api/incoming/" + two + "/attachments/" + twoAtt.get("id").asLong()
                + "/versions", List.of(Api.Part.pdf("Văn bản hai v2.pdf", latest)), List.of("file"));
        assertEquals(201, v2.status(), v2.text());
        JsonNode oneAtts = Api.get("vanthu", "/api/incoming/" + one).json().get("attachments");
        assertEquals(204, Api.delete("vanthu", "/api/incoming/" + one + "/attachments/" + oneAtts.get(1).get("id").asLong()).status());
        assertEquals(200, add("vanthu", d, one).status());
        assertEquals(200, add("vanthu", d, two).status());

        Api.Reply zip = Api.get("lanhdao", "/api/dossiers/" + d + "/export");
        assertEquals(200, zip.status(), zip.text());
        assertEquals("application/zip", zip.contentType());
        String disposition = zip.header("Content-Disposition");
        assertTrue(disposition.startsWith("attachment; filename=\""), disposition);
        assertTrue(disposition.contains("Ho so xuat khau Duong Tran Hung Dao"), "an ASCII fallback: " + disposition);
        String encoded = disposition.substring(disposition.indexOf("filename*=UTF-8''") + "filename*=UTF-8''".length());
        assertTrue(URLDecoder.decode(encoded, StandardCharsets.UTF_8).endsWith(title + ".zip"), disposition);

        Map<String, byte[]> files = new HashMap<>();
        byte[] index = null;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().equals("index.json")) {
                    index = in.readAllBytes();
                } else if (!e.isDirectory()) {
                    files.put(e.getName(), in.readAllBytes());
                }
            }
        }
        assertNotNull(index, "index.json at the root");
        JsonNode idx = Api.JSON.readTree(index);
        assertEquals("congvan-dossier-export/1", idx.get("format").asText());
        assertEquals(title, idx.get("dossier").get("title").asText());
        assertEquals("10", idx.get("dossier").get("retention").asText());
        assertEquals("lanhdao", idx.get("exportedBy").asText());
        assertEquals(2, idx.get("documents").size());
        int listed = 0;
        for (JsonNode doc : idx.get("documents")) {
            assertTrue(doc.get("subject").asText().endsWith(t));
            for (JsonNode f : doc.get("files")) {
                listed++;
                byte[] bytes = files.get(f.get("path").asText());
                assertNotNull(bytes, "in the ZIP: " + f.get("path").asText());
                assertTrue(f.get("path").asText().startsWith(doc.get("folder").asText() + "/"));
                assertEquals(f.get("sha256").asText(), sha256(bytes), f.get("path").asText());
                assertEquals(f.get("size").asLong(), bytes.length);
            }
        }
        assertEquals(files.size(), listed, "every file of the ZIP is in the index");
        assertEquals(2, listed, "document one without its deleted file, document two in its latest version only");
        JsonNode second = idx.get("documents").get(1);
        assertEquals(2, second.get("files").get(0).get("version").asInt());
        assertEquals("Văn bản hai v2.pdf", second.get("files").get(0).get("fileName").asText());
        assertEquals(sha256(latest), second.get("files").get(0).get("sha256").asText());

        // the export is in the action log (as a download on each document)
        List<String> details = new ArrayList<>();
        Api.get("vanthu", "/api/incoming/" + two + "/history").json().forEach(h -> details.add(
                h.get("action").asText() + " " + h.get("username").asText() + " " + h.path("detail").asText("")));
        assertTrue(details.stream().anyMatch(s -> s.startsWith("DOWNLOADED lanhdao ZIP ")), details.toString());
    }

    /** An outgoing document issued by {@code vanthu}, drafted by VP, sent to {@code recipients}. */
    private static long issueOutgoing(String subject, List<Map<String, Object>> recipients) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("documentType", "CV");
        m.put("subject", subject);
        m.put("signerPosition", "Chủ tịch");
        m.put("signerFullName", "Trần Văn Minh");
        m.put("recipients", recipients);
        m.put("draftingDepartmentId", departmentId("VP"));
        Api.Reply r = OutgoingIT.issue("vanthu", m, OutgoingIT.pdf("Công văn đi " + tag() + ".pdf"));
        assertEquals(201, r.status(), r.text());
        return r.json().get("id").asLong();
    }

    private static long departmentId(String code) {
        for (JsonNode d : Api.get("vanthu", "/api/departments").json()) {
            if (d.get("code").asText().equals(code)) {
                return d.get("id").asLong();
            }
        }
        throw new AssertionError("demo department " + code);
    }

    @Test
    void outgoingDocumentsSitInDossiersTooUnderTheirOwnVisibility() throws Exception {
        String t = tag();
        long kt = departmentId("KT");
        Map<String, Object> body = dossier("Hồ sơ đi và đến " + t, "HS-" + t);
        body.put("departmentId", kt);
        Api.Reply created = Api.postJson("vanthu", "/api/dossiers", body);
        assertEquals(201, created.status(), created.text());
        long d = created.json().get("id").asLong();
        long incoming = registerDoc("vanthu", "Văn bản đến " + t, Pdfs.onePage("den " + t));
        // sent to Phòng Kinh tế: its specialist sees it; sent outside only: they do not
        long toKt = issueOutgoing("Công văn gửi Phòng Kinh tế " + t, List.of(Map.of("departmentId", kt)));
        long outside = issueOutgoing("Công văn gửi Sở Tài chính " + t,
                List.of(Map.of("name", "Sở Tài chính tỉnh Mẫu", "organId", "000.02.00.H99")));
        assertEquals(200, add("vanthu", d, incoming).status());
        for (long o : List.of(toKt, outside)) {
            Api.Reply r = Api.postJson("vanthu", "/api/dossiers/" + d + "/documents", Map.of("kind", "OUTGOING", "documentId", o));
            assertEquals(200, r.status(), r.text());
        }
        Api.Reply again = Api.postJson("vanthu", "/api/dossiers/" + d + "/documents", Map.of("kind", "OUTGOING", "documentId", toKt));
        assertEquals(409, again.status(), again.text());

        JsonNode forLeader = Api.get("lanhdao", "/api/dossiers/" + d).json();
        assertEquals(3, forLeader.get("documentCount").asLong(), forLeader.toString());
        List<String> kinds = new ArrayList<>();
        forLeader.get("documents").forEach(x -> kinds.add(x.get("kind").asText() + " " + x.get("id").asLong()));
        assertTrue(kinds.containsAll(List.of("INCOMING " + incoming, "OUTGOING " + toKt, "OUTGOING " + outside)), kinds.toString());

        // the specialist of Phòng Kinh tế: the dossier's department, but not a reader of the outgoing letter sent outside
        JsonNode forSpecialist = Api.get("chuyenvien", "/api/dossiers/" + d).json();
        List<Long> seen = new ArrayList<>();
        forSpecialist.get("documents").forEach(x -> seen.add(x.get("id").asLong()));
        assertFalse(seen.contains(outside), forSpecialist.toString());
        assertTrue(seen.contains(toKt), forSpecialist.toString());
        long listed = 0;
        for (JsonNode x : Api.get("chuyenvien", "/api/dossiers").json()) {
            if (x.get("id").asLong() == d) {
                listed = x.get("documentCount").asLong();
            }
        }
        assertEquals(forSpecialist.get("documents").size(), listed, "the count follows the same rule");
        assertEquals(404, Api.get("chuyenvien", "/api/dossiers?kind=OUTGOING&documentId=" + outside).status());
        assertEquals(1, Api.get("vanthu", "/api/dossiers?kind=OUTGOING&documentId=" + toKt).json().size());

        // the ZIP: a folder per outgoing document too, its file's hash in the index
        Api.Reply zip = Api.get("vanthu", "/api/dossiers/" + d + "/export");
        assertEquals(200, zip.status(), zip.text());
        Map<String, byte[]> files = new HashMap<>();
        byte[] index = null;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().equals("index.json")) {
                    index = in.readAllBytes();
                } else if (!e.isDirectory()) {
                    files.put(e.getName(), in.readAllBytes());
                }
            }
        }
        assertNotNull(index);
        JsonNode idx = Api.JSON.readTree(index);
        assertEquals(3, idx.get("documents").size());
        int outgoingFolders = 0;
        for (JsonNode doc : idx.get("documents")) {
            if (doc.get("kind").asText().equals("OUTGOING")) {
                outgoingFolders++;
                assertTrue(doc.get("folder").asText().contains("_di-"), doc.toString());
                assertTrue(doc.get("number").asLong() > 0, doc.toString());
                JsonNode f = doc.get("files").get(0);
                assertEquals(f.get("sha256").asText(), sha256(files.get(f.get("path").asText())));
            }
        }
        assertEquals(2, outgoingFolders);
        List<String> details = new ArrayList<>();
        Api.get("vanthu", "/api/outgoing/" + toKt + "/history").json().forEach(h -> details.add(h.get("action").asText()));
        assertTrue(details.contains("DOSSIER_DOC_ADDED") && details.contains("DOWNLOADED"), details.toString());

        // the specialist may not put a document they cannot see into a dossier
        Map<String, Object> own = dossier("Hồ sơ riêng " + t, "HSR-" + t);
        long mine = Api.postJson("chuyenvien", "/api/dossiers", own).json().get("id").asLong();
        Api.Reply refused = Api.postJson("chuyenvien", "/api/dossiers/" + mine + "/documents",
                Map.of("kind", "OUTGOING", "documentId", outside));
        assertEquals(404, refused.status(), refused.text());
    }

    @Test
    void aDamagedFileFailsTheExportAndIsNamedNothingIsServed() throws Exception {
        String t = tag();
        long d = create("vanthu", "Hồ sơ có tệp hỏng " + t);
        long doc = registerDoc("vanthu", "Văn bản có tệp hỏng " + t, Pdfs.onePage("se hong " + t));
        assertEquals(200, add("vanthu", d, doc).status());
        JsonNode att = Api.get("vanthu", "/api/incoming/" + doc).json().get("attachments").get(0);
        String sha = att.get("sha256").asText();
        java.nio.file.Path stored = java.nio.file.Path.of(System.getProperty("it.data.dir"), "content", "sha256",
                sha.substring(0, 2), sha.substring(2, 4), sha);
        byte[] bytes = java.nio.file.Files.readAllBytes(stored);
        bytes[bytes.length / 2] ^= 0x20;
        java.nio.file.Files.write(stored, bytes, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING);

        Api.Reply r = Api.get("vanthu", "/api/dossiers/" + d + "/export");
        assertEquals(500, r.status());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        assertEquals("attachment.corrupt", r.json().get("code").asText());
        assertTrue(r.json().get("title").asText().contains(att.get("fileName").asText()), r.text());
    }

    private static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }
}
