package vn.congvan.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvan.signing.testpki.SharedPki;
import vn.congvan.signing.testpki.TestPki;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The drafting workflow of an outgoing document over REST against the deployed EAR: draft with versions
 * (DOCX, PDF), opinions, review along the agency's chain, return and revision, approve and sign by the
 * leader (PKCS#12), issue by the clerk (number from the outgoing register, the agency's seal over the
 * leader's signature — both still verify), an incoming copy for the internal recipient, recall that
 * freezes it — and every illegal step refused with nothing changed.
 */
class DraftingIT {

    static final String AUTHOR = "chuyenvien";
    static final String HEAD = "truongphong";
    static final String LEADER = "lanhdao";
    static final String CLERK = "vanthu";
    static final String P12_PASSWORD = "mk-draft";

    static long ktId;
    static long vpId;
    static final Map<String, Long> USER_IDS = new HashMap<>();

    @BeforeAll
    static void setUp(@TempDir Path dir) throws Exception {
        TestPki pki = SharedPki.get();
        SigningSetup.trustOnce(pki);
        SigningSetup.level("B-B");
        key(LEADER, SharedPki.leader(), dir);
        key(CLERK, SharedPki.agency(), dir);
        departments();
    }

    static void departments() {
        for (JsonNode d : Api.get(CLERK, "/api/departments").json()) {
            if (d.get("code").asText().equals("KT")) {
                ktId = d.get("id").asLong();
            }
            if (d.get("code").asText().equals("VP")) {
                vpId = d.get("id").asLong();
            }
        }
        for (JsonNode u : Api.get("quantri", "/api/admin/users").json()) {
            USER_IDS.put(u.get("username").asText(), u.get("id").asLong());
        }
        assertTrue(ktId > 0 && vpId > 0 && USER_IDS.containsKey(HEAD), "demo departments and users");
    }

    /** Gives {@code user} a PKCS#12 key of {@code id} and a signature image. */
    static void key(String user, TestPki.Identity id, Path dir) throws Exception {
        Path p12 = dir.resolve(user + ".p12");
        id.writePkcs12(p12, P12_PASSWORD.toCharArray());
        Api.Reply reg = Api.postMultipart(user, "/api/me/signing-key",
                List.of(new Api.Part("k.p12", "application/x-pkcs12", Files.readAllBytes(p12)),
                        new Api.Part(null, "text/plain", P12_PASSWORD.getBytes())), List.of("file", "password"));
        assertEquals(200, reg.status(), reg.text());
        SigningSetup.uploadImage(user);
    }

    static byte[] docx(String text) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes());
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<w:document><w:body><w:p><w:r><w:t>" + text + "</w:t></w:r></w:p></w:body></w:document>")
                    .getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    static Map<String, Object> draftBody(String subject) {
        Map<String, Object> m = new HashMap<>();
        m.put("documentType", "CV");
        m.put("subject", subject);
        m.put("draftingDepartmentId", ktId);
        m.put("priority", 0);
        m.put("recipients", List.of(Map.of("departmentId", ktId),
                Map.of("name", "Sở Tài chính tỉnh Mẫu", "organId", "000.00.00.H41")));
        return m;
    }

    static JsonNode create(String subject) {
        Api.Reply r = Api.postJson(AUTHOR, "/api/drafts", draftBody(subject));
        assertEquals(201, r.status(), r.text());
        assertEquals("DRAFTING", r.json().get("status").asText());
        return r.json();
    }

    static Api.Reply version(String user, long id, String name, String type, byte[] bytes, String note) {
        List<Api.Part> parts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        if (note != null) {
            parts.add(new Api.Part(null, "application/json", Api.json(Map.of("note", note)).getBytes(StandardCharsets.UTF_8)));
            names.add("metadata");
        }
        parts.add(new Api.Part(name, type, bytes));
        names.add("file");
        return Api.postMultipart(user, "/api/drafts/" + id + "/versions", parts, names);
    }

    static JsonNode ok(Api.Reply r) {
        assertEquals(200, r.status(), r.text());
        return r.json();
    }

    static void refused(int status, String code, Api.Reply r) {
        assertEquals(status, r.status(), r.text());
        if (code != null) {
            assertTrue(r.text().contains(code), "expected " + code + ": " + r.text());
        }
    }

    static JsonNode get(String user, long id) {
        return ok(Api.get(user, "/api/drafts/" + id));
    }

    static String sha(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    /** The draft, submitted and approved by the department head, now with {@code leader} at the last step. */
    static long atLeader(String subject, String leader) throws Exception {
        long id = create(subject).get("id").asLong();
        assertEquals(201, version(AUTHOR, id, "du-thao.pdf", "application/pdf", Pdfs.onePage(subject), null).status());
        ok(Api.postJson(AUTHOR, "/api/drafts/" + id + "/submit", Map.of()));
        JsonNode j = ok(Api.postJson(HEAD, "/api/drafts/" + id + "/approve",
                Map.of("reviewerId", USER_IDS.get(leader), "comment", "Kính trình lãnh đạo")));
        assertEquals(leader, usernameOf(j.get("reviewerId").asLong()));
        return id;
    }

    static JsonNode outgoingRegister() {
        for (JsonNode r : Api.get(CLERK, "/api/registers?kind=OUTGOING").json()) {
            if ("CHUNG".equals(r.get("code").asText())
                    && r.get("year").asInt() == java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getYear()) {
                return r;
            }
        }
        throw new AssertionError("No default outgoing register");
    }

    static String usernameOf(long userId) {
        return USER_IDS.entrySet().stream().filter(e -> e.getValue() == userId).map(Map.Entry::getKey).findFirst().orElse(null);
    }

    @Test
    void theReviewChainIsSetByTheAdministratorOnly() {
        JsonNode chain = ok(Api.get(AUTHOR, "/api/admin/review-chains"));
        assertEquals("LEADER", chain.get("steps").get(chain.get("steps").size() - 1).get("role").asText());
        Map<String, Object> good = Map.of("steps", List.of(Map.of("role", "DEPT_HEAD", "label", "Trưởng phòng"),
                Map.of("role", "LEADER", "label", "Chủ tịch")));
        refused(403, null, Api.putJson(AUTHOR, "/api/admin/review-chains", good));
        refused(422, "reviewChain.lastNotLeader", Api.putJson("quantri", "/api/admin/review-chains",
                Map.of("steps", List.of(Map.of("role", "LEADER", "label", "Lãnh đạo"),
                        Map.of("role", "DEPT_HEAD", "label", "Trưởng phòng")))));
        refused(422, null, Api.putJson("quantri", "/api/admin/review-chains", Map.of("steps", List.of())));
        refused(422, null, Api.putJson("quantri", "/api/admin/review-chains",
                Map.of("steps", List.of(Map.of("role", "CLERK", "label", "x")))));
        JsonNode set = ok(Api.putJson("quantri", "/api/admin/review-chains", good));
        assertFalse(set.get("isDefault").asBoolean());
        assertEquals("Chủ tịch", set.get("steps").get(1).get("label").asText());
    }

    @Test
    void badDraftsAreRefusedAndNothingIsCreated() {
        int before = Api.get(AUTHOR, "/api/drafts?box=mine").json().size();
        Map<String, Object> badType = draftBody("Loại sai");
        badType.put("documentType", "KHONGCO");
        refused(422, "validation.documentType.unknown", Api.postJson(AUTHOR, "/api/drafts", badType));
        Map<String, Object> badOrgan = draftBody("Mã cơ quan sai");
        badOrgan.put("recipients", List.of(Map.of("name", "Sở X", "organId", "H41")));
        refused(422, "drafting.organId.invalid", Api.postJson(AUTHOR, "/api/drafts", badOrgan));
        Map<String, Object> twice = draftBody("Trùng nơi nhận");
        twice.put("recipients", List.of(Map.of("departmentId", ktId), Map.of("departmentId", ktId)));
        refused(422, "outgoing.recipient.duplicate", Api.postJson(AUTHOR, "/api/drafts", twice));
        Map<String, Object> noSubject = draftBody(" ");
        refused(422, null, Api.postJson(AUTHOR, "/api/drafts", noSubject));
        refused(403, null, Api.postJson("quantri", "/api/drafts", draftBody("Quản trị không soạn")));
        assertEquals(before, Api.get(AUTHOR, "/api/drafts?box=mine").json().size());
        refused(422, null, Api.get(AUTHOR, "/api/drafts?box=khac"));
    }

    @Test
    void draftOpinionsReviewReturnReviseSignIssueAndRecall() throws Exception {
        // --- drafting: versions never overwrite each other
        long id = create("Về việc báo cáo kết quả thực hiện kế hoạch năm").get("id").asLong();
        byte[] v1 = docx("Dự thảo lần 1");
        assertEquals(201, version(AUTHOR, id, "du-thao-v1.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", v1, "Bản đầu").status());
        refused(415, "drafting.file.notDocx", version(AUTHOR, id, "gia.docx", "application/octet-stream", "không phải zip".getBytes(), null));
        refused(415, "drafting.file.type", version(AUTHOR, id, "anh.png", "image/png", new byte[]{1, 2, 3}, null));
        refused(403, "drafting.notAuthor", version(HEAD, id, "v.pdf", "application/pdf", Pdfs.onePage("x"), null));
        refused(404, "drafting.notFound", Api.get("vanthu.snv", "/api/drafts/" + id));
        // the clerk does not see a draft before it is signed
        refused(404, "drafting.notFound", Api.get(CLERK, "/api/drafts/" + id));
        // no PDF yet: cannot submit
        refused(409, "drafting.pdfRequired", Api.postJson(AUTHOR, "/api/drafts/" + id + "/submit", Map.of()));
        byte[] v2 = Pdfs.onePage("Du thao lan 2");
        assertEquals(201, version(AUTHOR, id, "du-thao-v2.pdf", "application/pdf", v2, "Bản PDF").status());

        // --- opinions
        refused(403, "drafting.notAuthor", Api.postJson(HEAD, "/api/drafts/" + id + "/opinions",
                Map.of("userIds", List.of(USER_IDS.get("quantri")))));
        refused(422, "drafting.opinion.self", Api.postJson(AUTHOR, "/api/drafts/" + id + "/opinions",
                Map.of("userIds", List.of(USER_IDS.get(AUTHOR)))));
        refused(422, "drafting.opinion.unknownUser", Api.postJson(AUTHOR, "/api/drafts/" + id + "/opinions",
                Map.of("userIds", List.of(999_999_999L))));
        JsonNode asked = ok(Api.postJson(AUTHOR, "/api/drafts/" + id + "/opinions",
                Map.of("userIds", List.of(USER_IDS.get("quantri"), USER_IDS.get(HEAD)), "question", "Xin góp ý bố cục")));
        assertEquals(2, asked.get("opinions").size());
        long toAdmin = asked.get("opinions").get(0).get("id").asLong();
        long toHead = asked.get("opinions").get(1).get("id").asLong();
        JsonNode adminView = get("quantri", id);
        assertTrue(adminView.get("actions").toString().contains("answer"), adminView.toString());
        refused(403, "drafting.opinion.notAsked", Api.postJson(HEAD, "/api/drafts/" + id + "/opinions/" + toAdmin + "/answer",
                Map.of("answer", "AGREE")));
        refused(422, "drafting.opinion.commentRequired", Api.postJson(HEAD, "/api/drafts/" + id + "/opinions/" + toHead + "/answer",
                Map.of("answer", "DISAGREE")));
        refused(422, null, Api.postJson(HEAD, "/api/drafts/" + id + "/opinions/" + toHead + "/answer",
                Map.of("answer", "MAYBE", "comment", "?")));
        ok(Api.postJson("quantri", "/api/drafts/" + id + "/opinions/" + toAdmin + "/answer", Map.of("answer", "AGREE")));
        ok(Api.postJson(HEAD, "/api/drafts/" + id + "/opinions/" + toHead + "/answer",
                Map.of("answer", "OTHER", "comment", "Bổ sung số liệu quý IV")));
        refused(409, "drafting.opinion.answered", Api.postJson("quantri", "/api/drafts/" + id + "/opinions/" + toAdmin + "/answer",
                Map.of("answer", "DISAGREE", "comment", "đổi ý")));

        // --- review: illegal before submission
        refused(409, "drafting.notInReview", Api.postJson(HEAD, "/api/drafts/" + id + "/approve", Map.of()));
        refused(403, "drafting.notAuthor", Api.postJson(HEAD, "/api/drafts/" + id + "/submit", Map.of()));
        refused(422, "drafting.reviewer.notEligible", Api.postJson(AUTHOR, "/api/drafts/" + id + "/submit",
                Map.of("reviewerId", USER_IDS.get(CLERK))));
        JsonNode submitted = ok(Api.postJson(AUTHOR, "/api/drafts/" + id + "/submit", Map.of("comment", "Kính trình")));
        assertEquals("IN_REVIEW", submitted.get("status").asText());
        assertEquals(USER_IDS.get(HEAD), submitted.get("reviewerId").asLong());
        refused(409, "drafting.notSubmittable", Api.postJson(AUTHOR, "/api/drafts/" + id + "/submit", Map.of()));
        refused(409, "drafting.notEditable", version(AUTHOR, id, "v.pdf", "application/pdf", Pdfs.onePage("x"), null));
        refused(403, "drafting.notYourTurn", Api.postJson(LEADER, "/api/drafts/" + id + "/approve", Map.of()));
        refused(403, null, Api.postJson(HEAD, "/api/drafts/" + id + "/sign", Map.of("secret", P12_PASSWORD)));
        refused(422, null, Api.postJson(HEAD, "/api/drafts/" + id + "/return", Map.of("comment", " ")));
        assertEquals("IN_REVIEW", get(AUTHOR, id).get("status").asText());

        // --- return with comments, revise (a new version), resubmit
        JsonNode returned = ok(Api.postJson(HEAD, "/api/drafts/" + id + "/return",
                Map.of("comment", "Đề nghị bổ sung số liệu quý IV")));
        assertEquals("RETURNED", returned.get("status").asText());
        assertEquals("Đề nghị bổ sung số liệu quý IV", returned.get("lastReason").asText());
        refused(409, "drafting.notInReview", Api.postJson(HEAD, "/api/drafts/" + id + "/approve", Map.of()));
        byte[] v3 = Pdfs.onePage("Du thao lan 3 - bo sung so lieu quy IV");
        assertEquals(201, version(AUTHOR, id, "du-thao-v3.pdf", "application/pdf", v3, "Đã bổ sung").status());
        ok(Api.postJson(AUTHOR, "/api/drafts/" + id + "/submit", Map.of()));

        // --- the head approves: to the leader; the leader cannot "approve" at the last step, only sign
        refused(422, "drafting.reviewer.notEligible", Api.postJson(HEAD, "/api/drafts/" + id + "/approve",
                Map.of("reviewerId", USER_IDS.get(AUTHOR))));
        JsonNode toLeader = ok(Api.postJson(HEAD, "/api/drafts/" + id + "/approve",
                Map.of("reviewerId", USER_IDS.get(LEADER), "comment", "Kính trình Chủ tịch")));
        assertEquals(1, toLeader.get("stepIndex").asInt());
        refused(403, "drafting.notYourTurn", Api.postJson(HEAD, "/api/drafts/" + id + "/approve", Map.of()));
        refused(409, "drafting.lastStepSigns", Api.postJson(LEADER, "/api/drafts/" + id + "/approve", Map.of()));
        // forwarding within the step: only the current reviewer, to another leader
        refused(403, "drafting.notYourTurn", Api.postJson(HEAD, "/api/drafts/" + id + "/forward",
                Map.of("toUserId", USER_IDS.get("lanhdao.mat"))));
        refused(422, "drafting.forward.self", Api.postJson(LEADER, "/api/drafts/" + id + "/forward",
                Map.of("toUserId", USER_IDS.get(LEADER))));
        refused(422, "drafting.reviewer.notEligible", Api.postJson(LEADER, "/api/drafts/" + id + "/forward",
                Map.of("toUserId", USER_IDS.get(AUTHOR))));
        JsonNode forwarded = ok(Api.postJson(LEADER, "/api/drafts/" + id + "/forward",
                Map.of("toUserId", USER_IDS.get("lanhdao.mat"), "comment", "Nhờ anh xem trước")));
        assertEquals(USER_IDS.get("lanhdao.mat"), forwarded.get("reviewerId").asLong());
        assertEquals(1, forwarded.get("stepIndex").asInt());
        refused(403, "drafting.notYourTurn", Api.postJson(LEADER, "/api/drafts/" + id + "/sign", Map.of("secret", P12_PASSWORD)));
        ok(Api.postJson("lanhdao.mat", "/api/drafts/" + id + "/forward", Map.of("toUserId", USER_IDS.get(LEADER))));
        // a wrong password: refused, nothing changes
        refused(422, "signing.secret.wrong", Api.postJson(LEADER, "/api/drafts/" + id + "/sign", Map.of("secret", "sai")));
        JsonNode still = get(LEADER, id);
        assertEquals("IN_REVIEW", still.get("status").asText());
        assertEquals(3, still.get("versions").size());
        assertTrue(still.get("actions").toString().contains("sign"));
        refused(404, null, Api.get(CLERK, "/api/drafts/" + id));

        JsonNode signed = ok(Api.postJson(LEADER, "/api/drafts/" + id + "/sign",
                Map.of("secret", P12_PASSWORD, "comment", "Đồng ý ban hành")));
        assertEquals("SIGNED", signed.get("status").asText());
        assertEquals(4, signed.get("versions").size());
        assertEquals("SIGNED", signed.get("versions").get(3).get("stage").asText());
        refused(409, "drafting.notInReview", Api.postJson(LEADER, "/api/drafts/" + id + "/sign", Map.of("secret", P12_PASSWORD)));
        // the clerk's to-issue box holds it, and the clerk was told
        assertTrue(Api.get(CLERK, "/api/drafts?box=issue").text().contains("\"id\":" + id + ","));
        assertTrue(Api.get(CLERK, "/api/me/notifications?size=100").text().contains("READY_TO_ISSUE"));
        // the "all" box: the author, the signer and (once signed) the clerk find it; another department's specialist does not
        String mark = "\"id\":" + id + ",";
        assertTrue(Api.get(AUTHOR, "/api/drafts?box=all").text().contains(mark));
        assertTrue(Api.get(LEADER, "/api/drafts?box=all").text().contains(mark));
        assertTrue(Api.get(CLERK, "/api/drafts?box=all").text().contains(mark));
        assertFalse(Api.get("chuyenvien.vx", "/api/drafts?box=all").text().contains(mark));
        refused(404, null, Api.get("chuyenvien.vx", "/api/drafts/" + id));

        // --- issue: only a clerk; a wrong password changes nothing (no number taken)
        long nextBefore = outgoingRegister().get("nextNumber").asLong();
        refused(403, null, Api.postJson(AUTHOR, "/api/drafts/" + id + "/issue", Map.of("secret", P12_PASSWORD)));
        refused(422, "signing.secret.wrong", Api.postJson(CLERK, "/api/drafts/" + id + "/issue", Map.of("secret", "sai")));
        assertEquals("SIGNED", get(CLERK, id).get("status").asText());
        assertEquals(nextBefore, outgoingRegister().get("nextNumber").asLong());

        JsonNode issued = ok(Api.postJson(CLERK, "/api/drafts/" + id + "/issue",
                Map.of("secret", P12_PASSWORD, "issuedAmount", 3)));
        assertEquals("ISSUED", issued.get("status").asText());
        long outgoingId = issued.get("outgoingId").asLong();
        assertEquals(5, issued.get("versions").size());
        assertEquals("ISSUED", issued.get("versions").get(4).get("stage").asText());
        refused(409, "drafting.notSigned", Api.postJson(CLERK, "/api/drafts/" + id + "/issue", Map.of("secret", P12_PASSWORD)));

        // the outgoing register: the next number of the default register, signed twice, both valid
        JsonNode out = ok(Api.get(CLERK, "/api/outgoing/" + outgoingId));
        assertEquals(nextBefore, out.get("number").asLong());
        assertEquals(nextBefore + 1, outgoingRegister().get("nextNumber").asLong());
        assertEquals("Trần Văn Minh", out.get("signerFullName").asText());
        assertEquals(2, out.get("recipients").size());
        JsonNode file = out.get("attachments").get(0);
        assertEquals(2, file.get("signatureCount").asInt(), file.toString());
        assertEquals("VALID", file.get("signatureStatus").asText(), file.toString());
        JsonNode report = ok(Api.get(CLERK, "/api/outgoing/" + outgoingId + "/attachments/" + file.get("id").asLong()
                + "/signature-report"));
        JsonNode sigs = report.get("signatures");
        assertEquals(2, sigs.size(), report.toString());
        assertTrue(sigs.get(0).get("signer").get("subject").asText().contains("Nguyễn Văn An"), sigs.toString());
        assertTrue(sigs.get(1).get("signer").get("subject").asText().contains("UBND tỉnh Hà Giang"), sigs.toString());
        for (JsonNode s : sigs) {
            assertEquals("VALID", s.get("status").asText(), s.toString());
        }
        assertEquals(file.get("sha256").asText(), issued.get("versions").get(4).get("sha256").asText());

        // --- the internal recipient (Phòng Kinh tế) received it as an incoming document
        JsonNode copy = internalCopy(HEAD, outgoingId);
        assertEquals("INTERNAL", copy.get("receiveMethod").asText());
        assertEquals(ktId, copy.get("recipientDepartmentId").asLong());
        assertEquals(out.get("codeNotation").asText(), copy.get("codeNotation").asText());
        assertEquals(out.get("codeNumber").asText(), copy.get("codeNumber").asText());
        assertTrue(copy.path("recalledAt").isMissingNode() || copy.get("recalledAt").isNull(), copy.toString());
        assertEquals(file.get("sha256").asText(), copy.get("attachments").get(0).get("sha256").asText());
        JsonNode internalRegister = ok(Api.get(CLERK, "/api/registers/" + copy.get("registerId").asLong()));
        assertEquals("INTERNAL", internalRegister.get("series").asText());

        // --- recall: only clerk or leader, with a reason; the copy is frozen
        refused(403, null, Api.postJson(AUTHOR, "/api/drafts/" + id + "/recall", Map.of("reason", "x")));
        refused(422, null, Api.postJson(CLERK, "/api/drafts/" + id + "/recall", Map.of("reason", "")));
        JsonNode recalled = ok(Api.postJson(CLERK, "/api/drafts/" + id + "/recall", Map.of("reason", "Sai số liệu")));
        assertEquals("RECALLED", recalled.get("status").asText());
        assertEquals("WITHDRAWN", ok(Api.get(CLERK, "/api/outgoing/" + outgoingId)).get("status").asText());
        JsonNode frozen = ok(Api.get(HEAD, "/api/incoming/" + copy.get("id").asLong()));
        assertNotNull(frozen.get("recalledAt").asText(null));
        assertEquals("Sai số liệu", frozen.get("recallReason").asText());
        // frozen: the recipient's clerk can no longer present the copy to a leader (routing refuses it)
        Api.Reply present = Routing.present(CLERK, copy.get("id").asLong(), "lanhdao");
        assertEquals(409, present.status(), present.text());
        assertEquals("routing.recalled", present.json().get("code").asText(), present.text());
        refused(409, "drafting.notIssued", Api.postJson(CLERK, "/api/drafts/" + id + "/recall", Map.of("reason", "lần hai")));

        // --- every version and comment is kept; each version's bytes are what was uploaded
        JsonNode last = get(AUTHOR, id);
        JsonNode versions = last.get("versions");
        assertEquals(5, versions.size());
        assertEquals(List.of("DRAFT", "DRAFT", "DRAFT", "SIGNED", "ISSUED"),
                List.of(versions.get(0).get("stage").asText(), versions.get(1).get("stage").asText(),
                        versions.get(2).get("stage").asText(), versions.get(3).get("stage").asText(),
                        versions.get(4).get("stage").asText()));
        byte[][] uploaded = {v1, v2, v3};
        for (int i = 0; i < 3; i++) {
            Api.Reply c = Api.get(AUTHOR, "/api/drafts/" + id + "/versions/" + versions.get(i).get("id").asLong() + "/content");
            assertEquals(200, c.status());
            assertEquals(sha(uploaded[i]), sha(c.body()));
        }
        String thread = last.get("thread").toString();
        for (String action : List.of("CREATED", "OPINION_ASKED", "OPINION_GIVEN", "SUBMITTED", "RETURNED", "APPROVED",
                "FORWARDED", "SIGNED", "ISSUED", "RECALLED")) {
            assertTrue(thread.contains("\"" + action + "\""), action + " in " + thread);
        }
        assertTrue(thread.contains("Đề nghị bổ sung số liệu quý IV"));
        assertTrue(thread.contains("Bổ sung số liệu quý IV"));

        // --- notifications: the author was told of the return; the head of the document received
        String authorNotes = Api.get(AUTHOR, "/api/me/notifications?size=100").text();
        assertTrue(authorNotes.contains("DRAFT_RETURNED"), authorNotes);
        String headNotes = Api.get(HEAD, "/api/me/notifications?size=100").text();
        assertTrue(headNotes.contains("OPINION_REQUESTED") && headNotes.contains("REVIEW_REQUESTED")
                && headNotes.contains("RECEIVED") && headNotes.contains("RECALLED"), headNotes);
    }

    /** The incoming copy of {@code outgoingId} that {@code user}'s department received (found by its notification). */
    static JsonNode internalCopy(String user, long outgoingId) {
        for (JsonNode n : Api.get(user, "/api/me/notifications?size=100").json().get("items")) {
            if (n.get("kind").asText().equals("RECEIVED") && n.get("documentKind").asText().equals("INCOMING")) {
                JsonNode doc = Api.get(user, "/api/incoming/" + n.get("documentId").asLong()).json();
                if (doc.has("sourceOutgoingId") && doc.get("sourceOutgoingId").asLong() == outgoingId) {
                    return doc;
                }
            }
        }
        throw new AssertionError("no incoming copy of outgoing " + outgoingId + " for " + user);
    }
}
