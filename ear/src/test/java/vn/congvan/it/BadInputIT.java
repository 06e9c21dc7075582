package vn.congvan.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input gets a JSON problem with the right status, in the caller's language, and nothing is
 * saved: after every refusal the register's next number and its listing are unchanged.
 */
class BadInputIT {

    private long registerId;
    private long nextBefore;
    private long totalBefore;

    @BeforeEach
    void snapshot() {
        JsonNode r = Api.defaultRegister("vanthu");
        registerId = r.get("id").asLong();
        nextBefore = r.get("nextNumber").asLong();
        totalBefore = total();
    }

    private long total() {
        return Api.get("vanthu", "/api/incoming?registerId=" + registerId + "&size=1").json().get("total").asLong();
    }

    private void assertNothingSaved() {
        assertEquals(nextBefore, Api.register("vanthu", registerId).get("nextNumber").asLong(), "no number taken");
        assertEquals(totalBefore, total(), "no document saved");
    }

    private static void assertProblem(Api.Reply r, int status, String code) {
        assertEquals(status, r.status(), r.text());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        JsonNode p = r.json();
        assertEquals(status, p.get("status").asInt());
        assertEquals(code, p.get("code").asText());
        assertTrue(p.get("title").asText().length() > 5);
    }

    @Test
    void missingRequiredFieldsAreNamed() {
        String meta = Api.json(Map.of("documentType", "CV", "issuedDate", "2026-01-10"));
        Api.Reply r = Api.register(Api.basic("vanthu"), meta, Api.Part.pdf("a.pdf", Pdfs.onePage("a")));
        assertProblem(r, 422, "error.validation");
        JsonNode errors = r.json().get("errors");
        assertEquals("organName", errors.get(0).get("field").asText());
        assertEquals("Trường này là bắt buộc.", errors.get(0).get("message").asText());
        assertEquals("subject", errors.get(1).get("field").asText());
        assertNothingSaved();
    }

    @Test
    void edxmlIsNotAReceiveMethodAClerkMayTypeIn() throws Exception {
        // an edXML document comes only from the received queue (it may carry no PDF there); typed in, it is refused
        String subject = "Tự khai là văn bản liên thông " + java.util.UUID.randomUUID();
        java.util.Map<String, Object> m = Api.JSON.readValue(Api.metadata(subject), java.util.LinkedHashMap.class);
        m.put("receiveMethod", "EDXML");
        Api.Reply r = Api.register(Api.basic("vanthu"), Api.json(m));
        assertProblem(r, 422, "error.validation");
        assertEquals("receiveMethod", r.json().get("errors").get(0).get("field").asText());
        assertTrue(r.json().get("errors").get(0).get("message").asText().contains("hàng đợi"), r.text());
    }

    @Test
    void tooLongSubjectIsRefusedInEnglishWhenAsked() {
        String meta = Api.metadata("x".repeat(501));
        Api.Reply r = Api.register(Api.basic("vanthu"), Map.of("Accept-Language", "en"), meta,
                Api.Part.pdf("a.pdf", Pdfs.onePage("a")));
        assertProblem(r, 422, "error.validation");
        JsonNode e = r.json().get("errors").get(0);
        assertEquals("subject", e.get("field").asText());
        assertEquals("At most 500 characters.", e.get("message").asText());
        assertNothingSaved();
    }

    @Test
    void unknownDocumentTypeAndFutureIssueDateAreRefused() {
        String meta = Api.json(Map.of("organName", "A", "documentType", "XYZ", "issuedDate", "2999-01-01",
                "subject", "s"));
        Api.Reply r = Api.register(Api.basic("vanthu"), meta, Api.Part.pdf("a.pdf", Pdfs.onePage("a")));
        assertProblem(r, 422, "error.validation");
        assertEquals("documentType", r.json().get("errors").get(0).get("field").asText());
        assertEquals("issuedDate", r.json().get("errors").get(1).get("field").asText());
        assertNothingSaved();
    }

    @Test
    void aFileThatClaimsToBePdfAndIsNotIsRefused() {
        byte[] fake = "%PDF-1.7\nthis is not really a PDF\n".getBytes(StandardCharsets.US_ASCII);
        Api.Reply r = Api.register(Api.basic("vanthu"), Api.metadata("fake"), Api.Part.pdf("giả.pdf", fake));
        assertProblem(r, 415, "file.notPdf");
        assertTrue(r.json().get("title").asText().contains("giả.pdf"));

        Api.Reply html = Api.register(Api.basic("vanthu"), Api.metadata("html"),
                new Api.Part("trang.pdf", "application/pdf", "<html>hi</html>".getBytes(StandardCharsets.UTF_8)));
        assertProblem(html, 415, "file.notPdf");

        Api.Reply word = Api.register(Api.basic("vanthu"), Api.metadata("doc"),
                new Api.Part("vanban.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        new byte[]{'P', 'K', 3, 4}));
        assertProblem(word, 415, "file.notPdfType");
        assertNothingSaved();
    }

    @Test
    void anUploadOverTheLimitIsRefusedWith413() {
        long limit = Long.getLong("it.upload.max-bytes", 5L * 1024 * 1024);
        byte[] big = Pdfs.onePage("big", (int) limit + 10);
        Api.Reply r = Api.register(Api.basic("vanthu"), Api.metadata("quá lớn"), Api.Part.pdf("lon.pdf", big));
        assertProblem(r, 413, "error.payloadTooLarge");
        assertNothingSaved();
    }

    @Test
    void aRegisterOfAnotherAgencyIsForbidden() {
        long other = Api.defaultRegister("vanthu.snv").get("id").asLong();
        Api.Reply r = Api.register(Api.basic("vanthu"), Api.metadata("sổ khác", other), Api.Part.pdf("a.pdf", Pdfs.onePage("a")));
        assertProblem(r, 403, "register.otherAgency");
        assertNothingSaved();
        long otherNext = Api.defaultRegister("vanthu.snv").get("nextNumber").asLong();
        assertEquals(other, Api.defaultRegister("vanthu.snv").get("id").asLong());
        assertEquals(otherNext, Api.defaultRegister("vanthu.snv").get("nextNumber").asLong());
    }

    @Test
    void anUnknownRegisterIsNotFound() {
        Api.Reply r = Api.register(Api.basic("vanthu"), Api.metadata("không có sổ", 987654321L),
                Api.Part.pdf("a.pdf", Pdfs.onePage("a")));
        assertProblem(r, 404, "register.notFound");
        assertNothingSaved();
    }

    @Test
    void unauthenticatedAndWrongPasswordGet401() {
        Api.Reply none = Api.register(null, Api.metadata("ẩn danh"), Api.Part.pdf("a.pdf", Pdfs.onePage("a")));
        assertProblem(none, 401, "error.unauthenticated");
        assertTrue(none.header("WWW-Authenticate").startsWith("Basic"));

        Api.Reply wrong = Api.register(Api.basic("vanthu", "sai-mat-khau"), Api.metadata("sai"),
                Api.Part.pdf("a.pdf", Pdfs.onePage("a")));
        assertEquals(401, wrong.status());
        assertEquals(401, Api.get(null, "/api/incoming").status());
        assertNothingSaved();
    }

    @Test
    void onlyClerksRegister() {
        for (String user : new String[]{"chuyenvien", "lanhdao", "quantri"}) {
            Api.Reply r = Api.register(Api.basic(user), Api.metadata("không phải văn thư"),
                    Api.Part.pdf("a.pdf", Pdfs.onePage("a")));
            assertProblem(r, 403, "error.forbidden");
        }
        assertNothingSaved();
    }

    @Test
    void malformedRequestsAre400() {
        Api.Reply badJson = Api.register(Api.basic("vanthu"), "{\"organName\": ", Api.Part.pdf("a.pdf", Pdfs.onePage("a")));
        assertProblem(badJson, 400, "error.body.malformed");
        Api.Reply badDate = Api.register(Api.basic("vanthu"),
                Api.json(Map.of("organName", "A", "documentType", "CV", "issuedDate", "23/11/2026", "subject", "s")),
                Api.Part.pdf("a.pdf", Pdfs.onePage("a")));
        assertProblem(badDate, 400, "error.body.malformed");
        Api.Reply noMetadata = Api.register(Api.basic("vanthu"), null, Api.Part.pdf("a.pdf", Pdfs.onePage("a")));
        assertProblem(noMetadata, 400, "error.multipart");
        assertNothingSaved();
    }

    @Test
    void unknownPathsAndMethodsAreProblemsToo() throws Exception {
        assertProblem(Api.get("vanthu", "/api/khong-co"), 404, "error.notFound");
        java.net.http.HttpResponse<String> delete = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(Api.BASE + "/api/incoming"))
                        .header("Authorization", Api.basic("vanthu")).DELETE().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(405, delete.statusCode());
        assertTrue(delete.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(delete.body().contains("error.methodNotAllowed"), delete.body());
        assertNothingSaved();
    }

    @Test
    void anotherAgencysDocumentIsNotFound() {
        String subject = "Chỉ UBND thấy " + UUID.randomUUID();
        Api.Reply r = Api.register(Api.basic("vanthu"), Api.metadata(subject), Api.Part.pdf("a.pdf", Pdfs.onePage("a")));
        assertEquals(201, r.status(), r.text());
        long id = r.json().get("id").asLong();
        long att = r.json().get("attachments").get(0).get("id").asLong();
        assertProblem(Api.get("vanthu.snv", "/api/incoming/" + id), 404, "document.notFound");
        assertProblem(Api.get("vanthu.snv", "/api/incoming/" + id + "/attachments/" + att + "/content"), 404,
                "document.notFound");
        assertProblem(Api.get("vanthu.snv", "/api/incoming?registerId=" + registerId), 404, "register.notFound");
    }
}
