package vn.congvan.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.congvan.infrastructure.edxml.Edxml;
import vn.congvan.infrastructure.edxml.EdxmlWriter;
import vn.congvan.infrastructure.edxml.SecureXml;
import vn.congvan.infrastructure.edxml.XmlSignatures;
import vn.congvan.signing.pki.CertificateIssuer;
import vn.congvan.signing.pki.Pem;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * edXML exchange on one server between its two demo agencies (UBND tỉnh Mẫu and Sở Nội vụ), through the
 * real HTTP inbox: issue → package → the other agency's queue → accept/refuse → status messages back →
 * recall; and hostile packages refused with a clear reason, changing nothing. A third agency "000.77.00.T77"
 * exists only in SNV's directory, with a key this test holds, to send hand-made packages.
 */
class ExchangeIT {

    static final String UBND = "000.00.00.H99";
    static final String SNV = "000.01.00.H99";
    static final String FAKE = "000.77.00.T77";
    static final String INBOX = Api.BASE + "/api/edxml/inbox";
    static KeyPair fakeKeys;
    static X509Certificate fakeCert;

    @BeforeAll
    static void directories() {
        link("quantri", SNV, "Sở Nội vụ tỉnh Mẫu", certificate("quantri.snv"));
        link("quantri.snv", UBND, "Ủy ban nhân dân tỉnh Mẫu", certificate("quantri"));
        fakeKeys = CertificateIssuer.rsaKeyPair(2048);
        fakeCert = CertificateIssuer.spec("CN=Co quan thu, OU=edXML " + FAKE, fakeKeys).issue();
        link("quantri.snv", FAKE, "Cơ quan thử nghiệm", Pem.toPem(List.of(fakeCert)));
    }

    static String certificate(String admin) {
        Api.Reply r = Api.get(admin, "/api/admin/exchange/certificate");
        assertEquals(200, r.status(), r.text());
        assertTrue(r.text().contains("-----BEGIN CERTIFICATE-----"), r.text());
        return r.text();
    }

    /** Adds or updates a directory entry (the tests may run twice on one database). */
    static void link(String admin, String organId, String name, String pem) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("organId", organId);
        m.put("name", name);
        m.put("endpoint", INBOX);
        m.put("certificatePem", pem);
        m.put("active", true);
        for (JsonNode p : Api.get(admin, "/api/admin/exchange/agencies").json()) {
            if (p.get("organId").asText().equals(organId)) {
                Api.Reply r = Api.putJson(admin, "/api/admin/exchange/agencies/" + p.get("id").asLong(), m);
                assertEquals(200, r.status(), r.text());
                return;
            }
        }
        Api.Reply r = Api.postJson(admin, "/api/admin/exchange/agencies", m);
        assertEquals(201, r.status(), r.text());
    }

    static long issueTo(String subject, String organId, String name) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("documentType", "CV");
        m.put("subject", subject);
        m.put("signerPosition", "Chủ tịch");
        m.put("signerFullName", "Trần Văn Minh");
        m.put("recipients", List.of(Map.of("name", name, "organId", organId)));
        m.put("priority", 1);
        for (JsonNode dep : Api.get("vanthu", "/api/departments").json()) {
            if (dep.get("code").asText().equals("VP")) {
                m.put("draftingDepartmentId", dep.get("id").asLong()); // công văn: số/UBND-VP
            }
        }
        Api.Reply r = OutgoingIT.issue("vanthu", m, OutgoingIT.pdf("cong-van.pdf"));
        assertEquals(201, r.status(), r.text());
        return r.json().get("id").asLong();
    }

    static JsonNode await(String what, java.util.function.Supplier<JsonNode> poll, Predicate<JsonNode> done) {
        Instant end = Instant.now().plus(Duration.ofSeconds(90));
        JsonNode last = null;
        while (Instant.now().isBefore(end)) {
            last = poll.get();
            if (last != null && done.test(last)) {
                return last;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        fail("Timed out waiting for " + what + "; last: " + last);
        return null;
    }

    static JsonNode received(String clerk, String subject) {
        for (JsonNode p : Api.get(clerk, "/api/exchange/received").json()) {
            if (p.get("subject").asText().equals(subject)) {
                return p;
            }
        }
        return null;
    }

    static JsonNode delivery(long outgoingId) {
        Api.Reply r = Api.get("vanthu", "/api/exchange/outgoing/" + outgoingId);
        assertEquals(200, r.status(), r.text());
        return r.json();
    }

    static String recipientStatus(JsonNode d) {
        JsonNode status = d.path("recipients").path(0).path("status"); // JSON-B leaves out null fields
        return status.isMissingNode() || status.isNull() ? null : status.asText();
    }

    @Test
    void anIssuedDocumentReachesTheOtherAgencyIsAcceptedAndRecalledWithStatusesBack() {
        String subject = "Công văn liên thông " + UUID.randomUUID();
        long out = issueTo(subject, SNV, "Sở Nội vụ tỉnh Mẫu");

        JsonNode pkg = await("the package in SNV's queue", () -> received("vanthu.snv", subject),
                p -> "RECEIVED".equals(p.get("state").asText()));
        assertEquals(UBND, pkg.get("fromOrganId").asText());
        assertTrue(pkg.get("documentId").asText().startsWith(UBND + ","), pkg.toString());
        assertEquals(1, pkg.get("files").size());
        assertEquals("cong-van.pdf", pkg.get("files").get(0).get("fileName").asText());
        assertEquals(1, pkg.get("priority").asInt());
        // the other agency's clerk does not see it
        assertEquals(null, received("vanthu", subject));
        assertEquals(404, Api.get("vanthu", "/api/exchange/received/" + pkg.get("id").asLong()).status());

        JsonNode arrived = await("01 at the sender", () -> delivery(out), d -> "01".equals(recipientStatus(d)));
        assertEquals("DELIVERED", arrived.get("recipients").get(0).get("state").asText());
        assertEquals(SNV, arrived.get("recipients").get(0).get("organId").asText());

        long id = pkg.get("id").asLong();
        Api.Reply download = Api.get("vanthu.snv", "/api/exchange/received/" + id + "/files/0/content");
        assertEquals(200, download.status());
        assertTrue(new String(download.body(), 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF"));

        Api.Reply accepted = Api.postJson("vanthu.snv", "/api/exchange/received/" + id + "/accept", Map.of());
        assertEquals(200, accepted.status(), accepted.text());
        JsonNode incoming = accepted.json();
        assertEquals("EDXML", incoming.get("receiveMethod").asText());
        assertEquals(subject, incoming.get("subject").asText());
        assertEquals(UBND, incoming.get("organId").asText());
        long incomingId = incoming.get("id").asLong();
        // decided once: accepting or refusing again is a conflict
        assertEquals(409, Api.postJson("vanthu.snv", "/api/exchange/received/" + id + "/accept", Map.of()).status());
        assertEquals(409, Api.postJson("vanthu.snv", "/api/exchange/received/" + id + "/refuse",
                Map.of("reason", "nhầm")).status());
        JsonNode files = Api.get("vanthu.snv", "/api/incoming/" + incomingId + "/attachments").json().get("files");
        assertEquals(1, files.size(), files.toString());
        assertEquals("cong-van.pdf", files.get(0).get("current").get("fileName").asText());

        JsonNode registered = await("03 at the sender", () -> delivery(out), d -> "03".equals(recipientStatus(d)));
        List<String> codes = new ArrayList<>();
        registered.get("history").forEach(h -> codes.add(h.get("statusCode").asText()));
        assertEquals(List.of("01", "03"), codes);
        routingStatuses(Api.BASE, out, incomingId);

        Api.Reply recall = Api.postJson("vanthu", "/api/outgoing/" + out + "/withdraw", Map.of("reason", "Ban hành nhầm"));
        assertEquals(200, recall.status(), recall.text());
        await("the recall at SNV", () -> Api.get("vanthu.snv", "/api/exchange/received/" + id).json(),
                p -> "RECALLED".equals(p.get("state").asText()));
        JsonNode ofIncoming = Api.get("vanthu.snv", "/api/exchange/incoming/" + incomingId).json();
        assertEquals("RECALLED", ofIncoming.get("state").asText());
        assertEquals("Ban hành nhầm", ofIncoming.get("reason").asText());
        JsonNode frozen = Api.get("vanthu.snv", "/api/incoming/" + incomingId).json();
        assertEquals("Ban hành nhầm", frozen.get("recallReason").asText(), frozen.toString());
        JsonNode agreed = await("15 at the sender", () -> delivery(out), d -> "15".equals(recipientStatus(d)));
        assertEquals("DELIVERED", agreed.get("recipients").get(0).get("recallState").asText());
    }

    /**
     * The receiving agency handles the document it accepted — its clerk presents it, its leader directs
     * it to a specialist, who records progress and finishes — and the sender sees "04", "05" and "06".
     *
     * @param receiver the base URL of the installation that received it (this one, or server B)
     */
    static void routingStatuses(String receiver, long outgoingId, long incomingId) {
        JsonNode candidates = ok(ExchangeTwoServersIT.call(receiver, "vanthu.snv", "GET", "/api/routing/candidates", null));
        long leader = idOf(candidates.get("leaders"), "lanhdao.snv");
        long specialist = idOf(candidates.get("people"), "chuyenvien.snv");
        ok(ExchangeTwoServersIT.call(receiver, "vanthu.snv", "POST", "/api/incoming/" + incomingId + "/routing/present",
                Api.json(Map.of("leaderId", leader, "note", "Kính trình"))));
        String deadline = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(10).toString();
        JsonNode directed = ok(ExchangeTwoServersIT.call(receiver, "lanhdao.snv", "POST",
                "/api/incoming/" + incomingId + "/routing/direct", Api.json(Map.of("comment", "Giao chuyên viên xử lý",
                        "assignments", List.of(Map.of("part", "LEAD", "userId", specialist, "deadline", deadline))))));
        await("04 at the sender", () -> delivery(outgoingId), d -> "04".equals(recipientStatus(d)));
        long part = directed.get("assignments").get(0).get("id").asLong();
        ok(ExchangeTwoServersIT.call(receiver, "chuyenvien.snv", "POST", "/api/routing/assignments/" + part + "/progress",
                Api.json(Map.of("text", "Đang tổng hợp số liệu"))));
        await("05 at the sender", () -> delivery(outgoingId), d -> "05".equals(recipientStatus(d)));
        ok(ExchangeTwoServersIT.call(receiver, "chuyenvien.snv", "POST", "/api/routing/assignments/" + part + "/done",
                Api.json(Map.of("text", "Đã báo cáo"))));
        JsonNode d = await("06 at the sender", () -> delivery(outgoingId), x -> "06".equals(recipientStatus(x)));
        List<String> codes = new ArrayList<>();
        d.get("history").forEach(h -> codes.add(h.get("statusCode").asText()));
        assertTrue(codes.containsAll(List.of("01", "03", "04", "05", "06")), codes.toString());
    }

    private static JsonNode ok(ExchangeTwoServersIT.Reply r) {
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    private static long idOf(JsonNode people, String username) {
        for (JsonNode p : people) {
            if (username.equals(p.path("username").asText())) {
                return p.get("id").asLong();
            }
        }
        throw new AssertionError("no " + username + " in " + people);
    }

    @Test
    void aRefusedPackageTellsTheSenderWhy() {
        String subject = "Công văn sẽ bị trả lại " + UUID.randomUUID();
        long out = issueTo(subject, SNV, "Sở Nội vụ tỉnh Mẫu");
        JsonNode pkg = await("the package in SNV's queue", () -> received("vanthu.snv", subject), p -> true);
        long id = pkg.get("id").asLong();
        Api.Reply noReason = Api.postJson("vanthu.snv", "/api/exchange/received/" + id + "/refuse", Map.of("reason", " "));
        assertEquals(422, noReason.status(), noReason.text());
        assertEquals(403, Api.postJson("chuyenvien", "/api/exchange/received/" + id + "/refuse",
                Map.of("reason", "x")).status());
        Api.Reply refused = Api.postJson("vanthu.snv", "/api/exchange/received/" + id + "/refuse",
                Map.of("reason", "Không thuộc thẩm quyền"));
        assertEquals(200, refused.status(), refused.text());
        assertEquals("REFUSED", refused.json().get("state").asText());
        JsonNode d = await("02 at the sender", () -> delivery(out), x -> "02".equals(recipientStatus(x)));
        assertEquals("Không thuộc thẩm quyền", d.get("recipients").get(0).get("statusNote").asText());
        assertEquals(409, Api.postJson("vanthu.snv", "/api/exchange/received/" + id + "/accept", Map.of()).status());
    }

    @Test
    void anAgencyOutsideTheDirectoryGetsNothingAndTheFailureIsShown() {
        long out = issueTo("Gửi cơ quan chưa có trong danh bạ " + UUID.randomUUID(), "000.55.00.X55", "Cơ quan lạ");
        JsonNode d = await("the failure", () -> delivery(out), x -> "FAILED".equals(x.get("recipients").get(0).get("state").asText()));
        assertTrue(d.get("recipients").get(0).get("lastError").asText().contains("not in the exchange directory"), d.toString());
        JsonNode failed = Api.get("quantri", "/api/admin/exchange/outbox?state=FAILED").json();
        assertTrue(failed.size() >= 1);
        assertEquals(403, Api.get("vanthu", "/api/admin/exchange/outbox").status());
        assertEquals(400, Api.get("quantri", "/api/admin/exchange/outbox?state=LOST").status());
    }

    @Test
    void hostilePackagesAreRefusedWithAReasonAndNothingIsReceived() throws Exception {
        int before = Api.get("vanthu.snv", "/api/exchange/received").json().size();

        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE edXML [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<edXML xmlns=\"" + Edxml.NS + "\">&x;</edXML>";
        assertRefused(xxe.getBytes(StandardCharsets.UTF_8), 400, "exchange.package.unsafe", null);
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY a \"lol\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]><edXML xmlns=\"" + Edxml.NS + "\">&c;</edXML>";
        assertRefused(laughs.getBytes(StandardCharsets.UTF_8), 400, "exchange.package.unsafe", null);
        assertRefused(fixture("edoc.edxml"), 400, "exchange.package.malformed", null);
        // well-formed, but for an agency that is not here
        assertRefused(fixture("edoc_new.edxml"), 404, "exchange.package.noRecipient", null);

        // a sender that is not in the directory
        KeyPair stranger = CertificateIssuer.rsaKeyPair(2048);
        X509Certificate strangerCert = CertificateIssuer.spec("CN=Stranger", stranger).issue();
        assertRefused(signed(pkg("000.66.00.T66", "x"), stranger, strangerCert), 403, "exchange.package.unknownSender", null);
        // a known sender, signed with another key
        assertRefused(signed(pkg(FAKE, "x"), stranger, strangerCert), 403, "exchange.package.badSignature", "Signature");
        // signed properly, then changed
        String tampered = new String(signed(pkg(FAKE, "Nội dung gốc"), fakeKeys, fakeCert), StandardCharsets.UTF_8)
                .replace("Nội dung gốc", "Nội dung sửa");
        assertRefused(tampered.getBytes(StandardCharsets.UTF_8), 403, "exchange.package.badSignature", "Signature");
        // not signed at all
        assertRefused(write(EdxmlWriter.toDom(pkg(FAKE, "x"))), 403, "exchange.package.badSignature", "Signature");
        // signed, but the attachment is not base64
        Document bad = EdxmlWriter.toDom(pkg(FAKE, "x"));
        ((Element) bad.getElementsByTagNameNS(Edxml.NS, "ContentTransferEncoded").item(0)).setTextContent("JVBERi0x!!*");
        XmlSignatures.sign(bad, fakeKeys.getPrivate(), fakeCert);
        assertRefused(write(bad), 422, "exchange.package.badBase64", "Attachment[1].ContentTransferEncoded");
        // signed, but the attachment is larger than the limit (2 MB on the test server)
        Edxml big = pkg(FAKE, "x");
        byte[] random = new byte[2_500_000];
        new SecureRandom().nextBytes(random);
        Files.write(big.attachments.get(0).file, random);
        assertRefused(signed(big, fakeKeys, fakeCert), 413, "exchange.package.tooLarge", "Attachment[1].ContentTransferEncoded");
        // larger than the whole package may be (4 MB)
        assertRefused(new byte[5 * 1024 * 1024], 413, "exchange.package.tooLarge", null);
        // a field over its limit, named
        Edxml longSubject = pkg(FAKE, "x");
        longSubject.messageHeader().subject = "s".repeat(501);
        assertRefused(signed(longSubject, fakeKeys, fakeCert), 422, null, "Subject");

        assertEquals(before, Api.get("vanthu.snv", "/api/exchange/received").json().size(), "nothing was received");

        // a good one is taken once; the same DocumentId again is recognised
        Edxml good = pkg(FAKE, "Gói tin hợp lệ " + UUID.randomUUID());
        byte[] goodBytes = signed(good, fakeKeys, fakeCert);
        Api.Reply first = Api.post(null, "/api/edxml/inbox", "application/xml", goodBytes);
        assertEquals(202, first.status(), first.text());
        assertEquals("RECEIVED", first.json().get("state").asText());
        Api.Reply again = Api.post(null, "/api/edxml/inbox", "application/xml", signed(good, fakeKeys, fakeCert));
        assertEquals(409, again.status(), again.text());
        assertEquals(before + 1, Api.get("vanthu.snv", "/api/exchange/received").json().size());
        // and its type is not in SNV's catalogue: accepting asks for one, then registers
        long id = first.json().get("id").asLong();
        Api.Reply noType = Api.postJson("vanthu.snv", "/api/exchange/received/" + id + "/accept", Map.of());
        assertEquals(422, noType.status(), noType.text());
        assertEquals("documentType", noType.json().get("errors").get(0).get("field").asText());
        Api.Reply ok = Api.postJson("vanthu.snv", "/api/exchange/received/" + id + "/accept", Map.of("documentType", "CV"));
        assertEquals(200, ok.status(), ok.text());
    }

    /**
     * Update and replace (BussinessDocType 2 and 3) of a document already accepted: the registered incoming
     * document takes the corrected subject (in its action log, under the sending agency) and the new PDF as a
     * new version of its file (the first stays), and the sender sees "15" for each.
     */
    @Test
    void anAcceptedDocumentIsUpdatedAndReplacedAndTheSenderSeesTheAnswers() {
        String subject = "Công văn sẽ được cập nhật " + UUID.randomUUID();
        long out = issueTo(subject, SNV, "Sở Nội vụ tỉnh Mẫu");
        JsonNode pkg = await("the package in SNV's queue", () -> received("vanthu.snv", subject), p -> true);
        long id = pkg.get("id").asLong();
        Api.Reply accepted = Api.postJson("vanthu.snv", "/api/exchange/received/" + id + "/accept", Map.of());
        assertEquals(200, accepted.status(), accepted.text());
        long incomingId = accepted.json().get("id").asLong();
        await("03 at the sender", () -> delivery(out), d -> "03".equals(recipientStatus(d)));

        // illegal steps change nothing
        String path = "/api/exchange/outgoing/" + out;
        assertEquals(422, Api.postJson("vanthu", path + "/update", Map.of("subject", "x", "reason", " ")).status());
        assertEquals(422, Api.postJson("vanthu", path + "/update", Map.of("reason", "Sửa")).status());
        Api.Reply same = Api.postJson("vanthu", path + "/update", Map.of("subject", subject, "reason", "Sửa"));
        assertEquals(422, same.status(), same.text());
        assertEquals(403, Api.postJson("chuyenvien", path + "/update", Map.of("subject", "x", "reason", "y")).status());
        assertEquals(404, Api.postJson("vanthu.snv", path + "/update", Map.of("subject", "x", "reason", "y")).status());
        assertEquals(404, Api.postJson("vanthu", "/api/exchange/outgoing/999999999/update",
                Map.of("subject", "x", "reason", "y")).status());
        assertEquals(422, replace(out, Map.of("reason", "Thay"), false).status());
        assertEquals(422, replace(out, Map.of("reason", " "), true).status());
        assertEquals(0, delivery(out).get("changes").size());

        String corrected = "Trích yếu đã sửa " + UUID.randomUUID();
        Api.Reply update = Api.postJson("vanthu", path + "/update", Map.of("subject", corrected, "reason", "Sai trích yếu"));
        assertEquals(200, update.status(), update.text());
        assertEquals("UPDATE", update.json().get("changes").get(0).get("kind").asText());
        await("the corrected subject at SNV", () -> Api.get("vanthu.snv", "/api/incoming/" + incomingId).json(),
                d -> corrected.equals(d.get("subject").asText()));
        JsonNode after = Api.get("vanthu.snv", "/api/exchange/received/" + id).json();
        assertEquals(corrected, after.get("subject").asText());
        assertEquals("UPDATE", after.get("changedKind").asText());
        assertEquals("Sai trích yếu", after.get("changeReason").asText());
        boolean logged = false;
        for (JsonNode h : Api.get("vanthu.snv", "/api/incoming/" + incomingId + "/history").json()) {
            logged |= h.get("action").asText().equals("UPDATED") && h.get("username").asText().equals("edxml:" + UBND)
                    && h.get("detail").asText().contains(subject) && h.get("detail").asText().contains("Sai trích yếu");
        }
        assertTrue(logged, "the update is in the incoming document's action log");
        await("15 at the sender", () -> delivery(out), d -> "15".equals(recipientStatus(d)));

        Api.Reply replaced = replace(out, Map.of("reason", "Thay bản đã ký số"), true);
        assertEquals(200, replaced.status(), replaced.text());
        JsonNode files = await("the new version at SNV",
                () -> Api.get("vanthu.snv", "/api/incoming/" + incomingId + "/attachments").json().get("files"),
                f -> f.get(0).get("versions").size() == 2);
        assertEquals(1, files.size(), files.toString());
        assertEquals("cong-van-thay-the.pdf", files.get(0).get("current").get("fileName").asText());
        boolean firstKept = false;
        for (JsonNode v : files.get(0).get("versions")) {
            firstKept |= v.get("version").asInt() == 1 && v.get("fileName").asText().equals("cong-van.pdf");
        }
        assertTrue(firstKept, "the first version stays: " + files);
        assertEquals("REPLACE", Api.get("vanthu.snv", "/api/exchange/received/" + id).json().get("changedKind").asText());
        // the replacement did not undo the update sent before it
        assertEquals(corrected, Api.get("vanthu.snv", "/api/incoming/" + incomingId).json().get("subject").asText());
        JsonNode d = await("both changes delivered and answered", () -> delivery(out), x -> {
            int fifteen = 0;
            for (JsonNode h : x.get("history")) {
                fifteen += "15".equals(h.get("statusCode").asText()) ? 1 : 0;
            }
            boolean delivered = x.get("changes").size() == 2;
            for (JsonNode c : x.get("changes")) {
                delivered &= "DELIVERED".equals(c.get("state").asText());
            }
            return fifteen == 2 && delivered;
        });
        assertEquals("cong-van-thay-the.pdf", d.get("changes").get(1).get("fileName").asText());
    }

    /** A document the receiver refused takes no update: the 409 comes back to the sender as "16". */
    @Test
    void aRefusedDocumentTakesNoUpdateAndTheSenderSees16() {
        String subject = "Công văn bị trả lại rồi cập nhật " + UUID.randomUUID();
        long out = issueTo(subject, SNV, "Sở Nội vụ tỉnh Mẫu");
        JsonNode pkg = await("the package in SNV's queue", () -> received("vanthu.snv", subject), p -> true);
        assertEquals(200, Api.postJson("vanthu.snv", "/api/exchange/received/" + pkg.get("id").asLong() + "/refuse",
                Map.of("reason", "Không thuộc thẩm quyền")).status());
        await("02 at the sender", () -> delivery(out), x -> "02".equals(recipientStatus(x)));
        Api.Reply update = Api.postJson("vanthu", "/api/exchange/outgoing/" + out + "/update",
                Map.of("subject", subject + " (sửa)", "reason", "Sửa trích yếu"));
        assertEquals(200, update.status(), update.text());
        JsonNode d = await("16 at the sender", () -> delivery(out), x -> "16".equals(recipientStatus(x)));
        JsonNode change = d.get("changes").get(0);
        assertEquals("FAILED", change.get("state").asText(), change.toString());
        assertTrue(change.get("lastError").asText().contains("exchange.package.changeRefused"), change.toString());
        assertEquals(subject, Api.get("vanthu.snv", "/api/exchange/received/" + pkg.get("id").asLong()).json()
                .get("subject").asText(), "the refused package is unchanged");
        // once recalled, nothing more can be sent about it
        assertEquals(200, Api.postJson("vanthu", "/api/outgoing/" + out + "/withdraw", Map.of("reason", "Nhầm")).status());
        Api.Reply late = Api.postJson("vanthu", "/api/exchange/outgoing/" + out + "/update",
                Map.of("subject", "x", "reason", "y"));
        assertEquals(409, late.status(), late.text());
    }

    /**
     * Hand-made updates and replacements at the inbox: one for a document never received is 404, one without
     * a reason or a replacement without a file is 422; a replacement of a package still in the queue replaces
     * its files; after a recall, 409.
     */
    @Test
    void updatesAndReplacementsAtTheInboxAreCheckedAndAppliedToThePackageInTheQueue() {
        Edxml original = pkg(FAKE, "Gói sẽ được thay thế " + UUID.randomUUID());
        Api.Reply first = Api.post(null, "/api/edxml/inbox", "application/xml", signed(original, fakeKeys, fakeCert));
        assertEquals(202, first.status(), first.text());
        long id = first.json().get("id").asLong();
        String documentId = original.messageHeader().documentId;

        Edxml unknown = change(pkg(FAKE, "x"), "2", "Sửa");
        assertRefused(signed(unknown, fakeKeys, fakeCert), 404, "exchange.package.changeUnknown", null);
        assertRefused(signed(change(pkg(FAKE, "x"), documentId, "2", " "), fakeKeys, fakeCert), 422, null,
                "Bussiness.BussinessDocReason");
        Edxml noFile = change(pkg(FAKE, "x"), documentId, "3", "Thay");
        noFile.attachments.clear();
        assertRefused(signed(noFile, fakeKeys, fakeCert), 422, null, "AttachmentEncoded");
        assertEquals(original.messageHeader().subject, Api.get("vanthu.snv", "/api/exchange/received/" + id).json()
                .get("subject").asText());

        Edxml replacement = change(pkg(FAKE, "Văn bản thay thế " + UUID.randomUUID()), documentId, "3", "Bản đúng");
        replacement.attachments.get(0).attachmentName = "ban-thay-the.pdf";
        Api.Reply replaced = Api.post(null, "/api/edxml/inbox", "application/xml", signed(replacement, fakeKeys, fakeCert));
        assertEquals(200, replaced.status(), replaced.text());
        assertEquals("REPLACE", replaced.json().get("kind").asText());
        JsonNode now = Api.get("vanthu.snv", "/api/exchange/received/" + id).json();
        assertEquals(replacement.messageHeader().subject, now.get("subject").asText());
        assertEquals("ban-thay-the.pdf", now.get("files").get(0).get("fileName").asText());
        assertEquals("RECEIVED", now.get("state").asText());
        assertEquals("Bản đúng", now.get("changeReason").asText());

        Edxml recall = change(pkg(FAKE, "x"), documentId, "1", "Thu hồi");
        recall.attachments.clear();
        assertEquals(200, Api.post(null, "/api/edxml/inbox", "application/xml", signed(recall, fakeKeys, fakeCert)).status());
        assertRefused(signed(change(pkg(FAKE, "Lần nữa"), documentId, "3", "Thay"), fakeKeys, fakeCert), 409,
                "exchange.package.changeRefused", null);
        assertRefused(signed(change(pkg(FAKE, "Lần nữa"), documentId, "2", "Sửa"), fakeKeys, fakeCert), 409,
                "exchange.package.changeRefused", null);
        assertEquals("ban-thay-the.pdf", Api.get("vanthu.snv", "/api/exchange/received/" + id).json()
                .get("files").get(0).get("fileName").asText());
    }

    static Api.Reply replace(long outgoingId, Map<String, Object> metadata, boolean withFile) {
        List<Api.Part> parts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        parts.add(new Api.Part(null, "application/json; charset=UTF-8", Api.json(metadata).getBytes(StandardCharsets.UTF_8)));
        names.add("metadata");
        if (withFile) {
            parts.add(OutgoingIT.pdf("cong-van-thay-the.pdf"));
            names.add("file");
        }
        return Api.postMultipart("vanthu", "/api/exchange/outgoing/" + outgoingId + "/replace", parts, names);
    }

    /** Makes {@code p} an update/replacement/recall (BussinessDocType) of its own DocumentId. */
    static Edxml change(Edxml p, String type, String reason) {
        return change(p, p.messageHeader().documentId, type, reason);
    }

    /** Makes {@code p} an update/replacement/recall (BussinessDocType) of {@code documentId}. */
    static Edxml change(Edxml p, String documentId, String type, String reason) {
        p.messageHeader().documentId = documentId;
        p.envelope.header.traceHeaderList = new Edxml.TraceHeaderList();
        p.envelope.header.traceHeaderList.bussiness = new Edxml.Bussiness();
        p.envelope.header.traceHeaderList.bussiness.documentId = documentId;
        p.envelope.header.traceHeaderList.bussiness.bussinessDocType = type;
        p.envelope.header.traceHeaderList.bussiness.bussinessDocReason = reason;
        return p;
    }

    static void assertRefused(byte[] body, int status, String key, String field) {
        Api.Reply r = Api.post(null, "/api/edxml/inbox", "application/xml", body);
        assertEquals(status, r.status(), r.text());
        JsonNode p = r.json();
        assertNotNull(p.get("title"), r.text());
        if (key != null) {
            assertEquals(key, p.get("code").asText(), r.text());
        }
        if (field != null) {
            boolean named = false;
            for (JsonNode e : p.path("errors")) {
                named |= e.get("field").asText().equals(field);
            }
            assertTrue(named, "the problem names " + field + ": " + r.text());
        }
    }

    static byte[] fixture(String name) throws Exception {
        return Files.readAllBytes(Path.of(System.getProperty("user.dir")).getParent()
                .resolve("ejb/src/test/resources/edxml/" + name));
    }

    static Edxml pkg(String from, String subject) {
        try {
            Path f = Files.createTempFile("exchange-it", ".pdf");
            Files.write(f, Pdfs.onePage("edXML"));
            Edxml p = new Edxml();
            Edxml.MessageHeader h = new Edxml.MessageHeader();
            p.envelope.header.messageHeader = h;
            h.from = new Edxml.Organization(from, "Cơ quan thử nghiệm");
            h.to.add(new Edxml.Organization(SNV, "Sở Nội vụ tỉnh Mẫu"));
            h.documentId = from + ",2026/12/01," + UUID.randomUUID().toString().substring(0, 8) + "/TN";
            h.code = new Edxml.Code();
            h.code.codeNumber = "12";
            h.code.codeNotation = "TN-VP";
            h.promulgationInfo = new Edxml.PromulgationInfo();
            h.promulgationInfo.promulgationDate = "2026/12/01";
            h.documentType = new Edxml.DocumentType();
            h.documentType.typeName = "Loại lạ";
            h.subject = subject;
            Edxml.Attachment a = new Edxml.Attachment();
            a.contentId = "cid:1";
            a.attachmentName = "tn.pdf";
            a.contentType = "application/pdf";
            a.file = f;
            p.attachments.add(a);
            return p;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static byte[] signed(Edxml p, KeyPair keys, X509Certificate cert) {
        Document dom = EdxmlWriter.toDom(p);
        XmlSignatures.sign(dom, keys.getPrivate(), cert);
        return write(dom);
    }

    static byte[] write(Document dom) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SecureXml.write(dom, out);
        return out.toByteArray();
    }
}
