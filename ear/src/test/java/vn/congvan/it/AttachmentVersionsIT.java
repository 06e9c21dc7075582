package vn.congvan.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import vn.congvan.signing.PadesLevel;
import vn.congvan.signing.PdfSigningService;
import vn.congvan.signing.SignRequest;
import vn.congvan.signing.SigningConfig;
import vn.congvan.signing.appearance.Appearance;
import vn.congvan.signing.keys.Pkcs12KeySource;
import vn.congvan.signing.pki.DemoPki;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Several files per document; a new version never overwrites the old one (both stay downloadable,
 * with who and when); soft delete hides a file, keeps it in the store, and is undone by restore; every
 * step is in the document's history.
 */
class AttachmentVersionsIT {

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static JsonNode register(String subject, byte[] pdf) {
        Api.Reply r = Api.register(Api.basic("vanthu"), Api.metadata(subject), Api.Part.pdf("cong-van.pdf", pdf));
        assertEquals(201, r.status(), r.text());
        return r.json();
    }

    private static Api.Reply upload(String user, String path, String name, byte[] bytes) {
        return Api.postMultipart(user, path, List.of(Api.Part.pdf(name, bytes)), List.of("file"));
    }

    private static String content(long doc, long att) {
        return "/api/incoming/" + doc + "/attachments/" + att + "/content";
    }

    private static List<String> history(long doc) {
        List<String> actions = new ArrayList<>();
        Api.get("vanthu", "/api/incoming/" + doc + "/history").json().forEach(h -> actions.add(h.get("action").asText()));
        return actions;
    }

    @Test
    void aNewVersionKeepsTheOldOneDownloadable() {
        String t = tag();
        byte[] v1 = Pdfs.onePage("Phiên bản 1 " + t);
        byte[] v2 = Pdfs.onePage("Phiên bản 2 " + t);
        JsonNode doc = register("Văn bản có nhiều phiên bản " + t, v1);
        long id = doc.get("id").asLong();
        long first = doc.get("attachments").get(0).get("id").asLong();
        assertEquals(1, doc.get("attachments").get(0).get("version").asInt());

        Api.Reply r = upload("vanthu", "/api/incoming/" + id + "/attachments/" + first + "/versions", "Bản sửa đổi.pdf", v2);
        assertEquals(201, r.status(), r.text());
        long second = r.json().get("id").asLong();
        assertEquals(2, r.json().get("version").asInt());
        assertEquals(first, r.json().get("lineageId").asLong());
        assertEquals("Bản sửa đổi.pdf", r.json().get("fileName").asText());

        // the document shows the current version only; the versions list has both, newest first
        JsonNode now = Api.get("vanthu", "/api/incoming/" + id).json().get("attachments");
        assertEquals(1, now.size());
        assertEquals(second, now.get(0).get("id").asLong());
        JsonNode versions = Api.get("lanhdao", "/api/incoming/" + id + "/attachments/" + first + "/versions").json();
        assertEquals(2, versions.size());
        assertEquals(2, versions.get(0).get("version").asInt());
        assertTrue(versions.get(0).get("current").asBoolean());
        assertEquals(1, versions.get(1).get("version").asInt());
        assertEquals("Nguyễn Thị Lan", versions.get(1).get("uploadedBy").asText());
        assertTrue(versions.get(1).hasNonNull("uploadedAt"));

        Api.Reply old = Api.get("lanhdao", content(id, first));
        assertEquals(200, old.status());
        assertArrayEquals(v1, old.body(), "the first version is served as it was");
        assertArrayEquals(v2, Api.get("lanhdao", content(id, second)).body());

        // a third version numbers after the latest, whichever version's id is given
        Api.Reply third = upload("vanthu", "/api/incoming/" + id + "/attachments/" + first + "/versions", "v3.pdf",
                Pdfs.onePage("Phiên bản 3 " + t));
        assertEquals(3, third.json().get("version").asInt(), third.text());
        assertTrue(history(id).contains("VERSION_ADDED"));
    }

    @Test
    void severalFilesPerDocumentAndBadUploadsSaveNothing() {
        String t = tag();
        JsonNode doc = register("Văn bản nhiều tệp " + t, Pdfs.onePage("chinh " + t));
        long id = doc.get("id").asLong();
        long first = doc.get("attachments").get(0).get("id").asLong();
        Api.Reply add = upload("vanthu", "/api/incoming/" + id + "/attachments", "Phụ lục.pdf", Pdfs.onePage("phu luc " + t));
        assertEquals(201, add.status(), add.text());
        assertEquals(1, add.json().get("version").asInt());
        assertEquals(2, Api.get("vanthu", "/api/incoming/" + id).json().get("attachments").size());

        String versions = "/api/incoming/" + id + "/attachments/" + first + "/versions";
        Api.Reply notPdf = Api.postMultipart("vanthu", versions,
                List.of(new Api.Part("ghi-chu.txt", "text/plain", "không phải PDF".getBytes())), List.of("file"));
        assertEquals(415, notPdf.status(), notPdf.text());
        Api.Reply broken = upload("vanthu", versions, "hong.pdf", "%PDF-1.7 broken".getBytes());
        assertEquals(415, broken.status(), broken.text());
        Api.Reply none = Api.postMultipart("vanthu", versions,
                List.of(new Api.Part(null, "text/plain", "x".getBytes())), List.of("note"));
        assertEquals(422, none.status(), none.text());
        assertEquals("file", none.json().get("errors").get(0).get("field").asText());
        Api.Reply specialist = upload("chuyenvien", versions, "x.pdf", Pdfs.onePage("x"));
        assertEquals(403, specialist.status(), specialist.text());
        Api.Reply unknownAttachment = upload("vanthu", "/api/incoming/" + id + "/attachments/999999999/versions", "x.pdf",
                Pdfs.onePage("x"));
        assertEquals(404, unknownAttachment.status());
        assertEquals("attachment.notFound", unknownAttachment.json().get("code").asText());
        Api.Reply unknownDoc = upload("vanthu", "/api/incoming/999999999/attachments/" + first + "/versions", "x.pdf",
                Pdfs.onePage("x"));
        assertEquals(404, unknownDoc.status());
        Api.Reply otherAgency = upload("vanthu.snv", versions, "x.pdf", Pdfs.onePage("x"));
        assertEquals(404, otherAgency.status(), "another agency's document does not exist for them");

        assertEquals(1, Api.get("vanthu", versions).json().size(), "nothing was saved by the refused uploads");
    }

    @Test
    void softDeleteHidesKeepsAndRestores() throws Exception {
        String t = tag();
        byte[] pdf = Pdfs.onePage("Xóa tạm " + t);
        JsonNode doc = register("Văn bản có tệp bị xóa " + t, pdf);
        long id = doc.get("id").asLong();
        long att = doc.get("attachments").get(0).get("id").asLong();
        String sha = doc.get("attachments").get(0).get("sha256").asText();
        String path = "/api/incoming/" + id + "/attachments/" + att;

        Api.Reply notTheirs = Api.delete("vanthu.mat", path);
        assertEquals(403, notTheirs.status(), "only the registering clerk or an administrator: " + notTheirs.text());
        assertEquals("attachment.delete.forbidden", notTheirs.json().get("code").asText());
        assertEquals(403, Api.delete("lanhdao", path).status());

        assertEquals(204, Api.delete("vanthu", path).status());
        assertEquals(0, Api.get("lanhdao", "/api/incoming/" + id).json().get("attachments").size());
        assertEquals(404, Api.get("lanhdao", path + "/content").status());
        assertEquals(404, Api.get("vanthu", path + "/content").status(), "restore first");
        JsonNode forClerk = Api.get("vanthu", "/api/incoming/" + id + "/attachments").json();
        assertEquals(0, forClerk.get("files").size());
        assertEquals(1, forClerk.get("deleted").size());
        assertEquals("Nguyễn Thị Lan", forClerk.get("deleted").get(0).get("deletedBy").asText());
        assertEquals(0, Api.get("lanhdao", "/api/incoming/" + id + "/attachments").json().get("deleted").size(),
                "a leader does not see deleted files");
        Path stored = Path.of(System.getProperty("it.data.dir"), "content", "sha256", sha.substring(0, 2),
                sha.substring(2, 4), sha);
        assertArrayEquals(pdf, Files.readAllBytes(stored), "kept in the store");

        assertEquals(409, Api.delete("vanthu", path).status());
        Api.Reply version = upload("vanthu", path + "/versions", "moi.pdf", Pdfs.onePage("moi " + t));
        assertEquals(409, version.status(), version.text());
        assertEquals("attachment.deleted", version.json().get("code").asText());

        Api.Reply restored = Api.post("vanthu.mat", path + "/restore");
        assertEquals(200, restored.status(), "any clerk may restore: " + restored.text());
        assertEquals(409, Api.post("vanthu.mat", path + "/restore").status());
        assertArrayEquals(pdf, Api.get("lanhdao", path + "/content").body());
        assertEquals(1, Api.get("lanhdao", "/api/incoming/" + id).json().get("attachments").size());
        List<String> h = history(id);
        assertTrue(h.indexOf("ATTACHMENT_DELETED") >= 0 && h.indexOf("ATTACHMENT_RESTORED") > h.indexOf("ATTACHMENT_DELETED"), h.toString());

        // an administrator may delete any document's file
        assertEquals(204, Api.delete("quantri", path).status());
        assertEquals(200, Api.post("quantri", path + "/restore").status());
    }

    @Test
    void aSignedPdfIsNeverModifiedByANewVersion(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        char[] password = "demo-pass".toCharArray();
        DemoPki.Result pki = DemoPki.write(dir, password, "Trần Văn Minh", "UBND tỉnh Đối tác");
        byte[] signed = new PdfSigningService(SigningConfig.defaults()).sign(Pdfs.onePage("ký số " + tag()),
                Pkcs12KeySource.open(pki.pkcs12(), password, null),
                SignRequest.of(PadesLevel.B_B, Appearance.invisible()).withReason("Phát hành"));
        JsonNode doc = register("Văn bản ký số có phiên bản mới " + tag(), signed);
        long id = doc.get("id").asLong();
        JsonNode a = doc.get("attachments").get(0);
        assertEquals(1, a.get("signatureCount").asInt());
        String report = Api.get("vanthu", "/api/incoming/" + id + "/attachments/" + a.get("id").asLong() + "/signature-report").text();

        Api.Reply v2 = upload("vanthu", "/api/incoming/" + id + "/attachments/" + a.get("id").asLong() + "/versions",
                "ban-sua.pdf", Pdfs.onePage("khong ky " + tag()));
        assertEquals(201, v2.status(), v2.text());
        assertEquals(0, v2.json().get("signatureCount").asInt());
        byte[] old = Api.get("vanthu", content(id, a.get("id").asLong())).body();
        assertArrayEquals(signed, old, "the signed PDF is served byte for byte");
        assertEquals(a.get("sha256").asText(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(old)));
        assertEquals(report, Api.get("vanthu", "/api/incoming/" + id + "/attachments/" + a.get("id").asLong()
                + "/signature-report").text(), "its verification report is kept");
    }

    @Test
    void aCorruptedOldVersionIsReportedNotServed() throws Exception {
        String t = tag();
        JsonNode doc = register("Phiên bản cũ bị hỏng " + t, Pdfs.onePage("cu " + t));
        long id = doc.get("id").asLong();
        JsonNode a = doc.get("attachments").get(0);
        Api.Reply v2 = upload("vanthu", "/api/incoming/" + id + "/attachments/" + a.get("id").asLong() + "/versions",
                "moi.pdf", Pdfs.onePage("moi " + t));
        assertEquals(201, v2.status());
        String sha = a.get("sha256").asText();
        Path stored = Path.of(System.getProperty("it.data.dir"), "content", "sha256", sha.substring(0, 2),
                sha.substring(2, 4), sha);
        byte[] bytes = Files.readAllBytes(stored);
        bytes[bytes.length / 2] ^= 0x20;
        Files.write(stored, bytes, StandardOpenOption.TRUNCATE_EXISTING);

        Api.Reply bad = Api.get("vanthu", content(id, a.get("id").asLong()));
        assertEquals(500, bad.status());
        assertEquals("attachment.corrupt", bad.json().get("code").asText());
        assertFalse(bad.contentType().contains("pdf"));
        assertEquals(200, Api.get("vanthu", content(id, v2.json().get("id").asLong())).status(), "the new version is intact");
    }
}
