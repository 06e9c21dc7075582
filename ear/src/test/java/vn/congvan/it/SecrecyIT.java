package vn.congvan.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Secret documents (văn bản mật) over HTTP, with the demo users of different clearance: {@code vanthu.mat}
 * (clerk, Tối mật), {@code lanhdao.mat} (leader, Mật), {@code vanthu} and {@code lanhdao} (not cleared).
 * Whoever is not cleared for a level never gets a document of that level: not in a listing, not in a
 * count, not in a register print, not in a dossier or its ZIP, not by id (404: existence not disclosed).
 */
class SecrecyIT {

    private static final String TAG = UUID.randomUUID().toString().substring(0, 8);
    private static long secretRegister;
    private static long toiMat;          // a Tối mật document
    private static long mat;             // a Mật document
    private static long normal;          // a normal document
    private static String toiMatSubject;
    private static String matSubject;
    private static String toiMatCode;

    @BeforeAll
    static void registerDocuments() {
        secretRegister = -1;
        for (JsonNode r : Api.get("vanthu.mat", "/api/registers?kind=INCOMING").json()) {
            if ("MAT".equals(r.get("code").asText())) {
                secretRegister = r.get("id").asLong();
                assertEquals("SECRET", r.get("series").asText());
            }
        }
        assertTrue(secretRegister > 0, "the demo agency has a secret incoming register");
        toiMatSubject = "Kế hoạch bảo vệ bí mật " + TAG;
        matSubject = "Danh sách cán bộ mật " + TAG;
        toiMatCode = String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits() % 100000));
        toiMat = registerSecret("vanthu.mat", toiMatSubject, "TOI_MAT", toiMatCode);
        mat = registerSecret("vanthu.mat", matSubject, "MAT", null);
        Api.Reply n = Api.register(Api.basic("vanthu"), Api.metadata("Văn bản thường " + TAG),
                Api.Part.pdf("thuong.pdf", Pdfs.onePage("thuong " + TAG)));
        assertEquals(201, n.status(), n.text());
        normal = n.json().get("id").asLong();
    }

    private static long registerSecret(String clerk, String subject, String level, String codeNumber) {
        Api.Reply r = Api.register(Api.basic(clerk), secretMetadata(subject, level, codeNumber),
                Api.Part.pdf("mat.pdf", Pdfs.onePage(subject)));
        assertEquals(201, r.status(), r.text());
        assertEquals(level, r.json().get("secrecy").asText());
        return r.json().get("id").asLong();
    }

    private static String secretMetadata(String subject, String level, String codeNumber) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("registerId", secretRegister);
        m.put("organName", "Bộ Công an");
        m.put("codeNumber", codeNumber == null ? String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits() % 100000))
                : codeNumber);
        m.put("codeNotation", "BCA-A03");
        m.put("documentType", "CV");
        m.put("issuedDate", LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1).toString());
        m.put("subject", subject);
        m.put("secrecy", level);
        return Api.json(m);
    }

    private static List<JsonNode> allItems(String user, long register) {
        List<JsonNode> items = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode p = Api.get(user, "/api/incoming?registerId=" + register + "&size=200&page=" + page).json();
            p.get("items").forEach(items::add);
            if (items.size() >= p.get("total").asLong() || p.get("items").isEmpty()) {
                assertEquals(p.get("total").asLong(), items.size(), "the count is the number of visible documents");
                return items;
            }
        }
    }

    @Test
    void anUnclearedUserDoesNotKnowTheSecretRegisterOrItsDocuments() {
        for (String user : List.of("vanthu", "lanhdao", "quantri", "chuyenvien")) {
            for (JsonNode r : Api.get(user, "/api/registers?kind=INCOMING").json()) {
                assertFalse("SECRET".equals(r.get("series").asText()), user + " sees no secret register");
            }
            Api.Reply list = Api.get(user, "/api/incoming?registerId=" + secretRegister);
            assertEquals(404, list.status(), user + ": " + list.text());
            assertEquals("register.notFound", list.json().get("code").asText());
            assertEquals(404, Api.get(user, "/api/registers/" + secretRegister + "/print?format=xlsx").status());
            for (String path : List.of("", "/history", "/attachments")) {
                Api.Reply r = Api.get(user, "/api/incoming/" + toiMat + path);
                assertEquals(404, r.status(), user + " " + path + ": " + r.text());
                assertEquals("document.notFound", r.json().get("code").asText());
            }
        }
        // the same answer as for a document that does not exist: nothing tells them apart
        assertEquals(Api.get("vanthu", "/api/incoming/999999999").text(), Api.get("vanthu", "/api/incoming/" + toiMat).text());
    }

    @Test
    void noDownloadNoSignatureReportNoVersionsWithoutClearance() {
        JsonNode att = Api.get("vanthu.mat", "/api/incoming/" + toiMat).json().get("attachments").get(0);
        String base = "/api/incoming/" + toiMat + "/attachments/" + att.get("id").asLong();
        assertEquals(200, Api.get("vanthu.mat", base + "/content").status());
        for (String path : List.of("/content", "/signature-report", "/versions")) {
            assertEquals(404, Api.get("vanthu", base + path).status(), path);
            assertEquals(404, Api.get("lanhdao.mat", base + path).status(), "Mật is below Tối mật: " + path);
        }
        Api.Reply version = Api.postMultipart("vanthu", base + "/versions",
                List.of(Api.Part.pdf("v2.pdf", Pdfs.onePage("v2"))), List.of("file"));
        assertEquals(404, version.status(), version.text());
        Api.Reply delete = Api.delete("quantri", base);
        assertEquals(404, delete.status(), "an administrator without clearance does not see it either");
    }

    @Test
    void listingsAndCountsHoldOnlyTheLevelsTheUserIsClearedFor() {
        List<JsonNode> clerk = allItems("vanthu.mat", secretRegister);
        List<JsonNode> leader = allItems("lanhdao.mat", secretRegister);
        long matInClerksView = clerk.stream().filter(d -> "MAT".equals(d.get("secrecy").asText())).count();
        assertTrue(clerk.stream().anyMatch(d -> d.get("id").asLong() == toiMat));
        assertTrue(clerk.stream().anyMatch(d -> d.get("id").asLong() == mat));
        assertEquals(matInClerksView, leader.size(), "the Mật leader counts exactly the Mật documents");
        assertTrue(leader.stream().allMatch(d -> "MAT".equals(d.get("secrecy").asText())));
        assertTrue(leader.stream().anyMatch(d -> d.get("id").asLong() == mat));
        assertFalse(leader.stream().anyMatch(d -> d.get("id").asLong() == toiMat));
        assertTrue(clerk.size() > leader.size());

        assertEquals(200, Api.get("lanhdao.mat", "/api/incoming/" + mat).status());
        assertEquals(404, Api.get("lanhdao.mat", "/api/incoming/" + toiMat).status());
        assertEquals(200, Api.get("vanthu.mat", "/api/incoming/" + toiMat + "/history").status());
    }

    @Test
    void aPrintedSecretRegisterHoldsOnlyWhatThePrinterIsClearedFor() throws IOException {
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        String q = "/api/registers/" + secretRegister + "/print?format=xlsx&from=" + today + "&to=" + today;
        Api.Reply clerk = Api.get("vanthu.mat", q);
        Api.Reply leader = Api.get("lanhdao.mat", q);
        assertEquals(200, clerk.status(), clerk.text());
        assertEquals(200, leader.status(), leader.text());
        String clerkText = cells(clerk.body());
        String leaderText = cells(leader.body());
        assertTrue(clerkText.contains(toiMatSubject) && clerkText.contains(matSubject));
        assertTrue(leaderText.contains(matSubject));
        assertFalse(leaderText.contains(toiMatSubject), "a Tối mật document is not printed for a Mật reader");
    }

    @Test
    void registeringAboveOnesClearanceOrIntoAnUnknownRegisterIsRefused() {
        Api.Reply tuyetMat = Api.register(Api.basic("vanthu.mat"), secretMetadata("Tuyệt mật " + TAG, "TUYET_MAT", null),
                Api.Part.pdf("tm.pdf", Pdfs.onePage("tm")));
        assertEquals(403, tuyetMat.status(), tuyetMat.text());
        assertEquals("error.clearance", tuyetMat.json().get("code").asText());
        Api.Reply uncleared = Api.register(Api.basic("vanthu"), secretMetadata("Mật " + TAG, "MAT", null),
                Api.Part.pdf("m.pdf", Pdfs.onePage("m")));
        assertEquals(404, uncleared.status(), "the secret register does not exist for an uncleared clerk: " + uncleared.text());
        assertEquals("register.notFound", uncleared.json().get("code").asText());
    }

    @Test
    void theDuplicateWarningDoesNotRevealASecretDocument() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("organName", "Bộ Công an");
        m.put("codeNumber", toiMatCode);
        m.put("codeNotation", "BCA-A03");
        m.put("documentType", "CV");
        m.put("issuedDate", LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1).toString());
        m.put("subject", "Trùng số với văn bản mật " + TAG);
        Api.Reply uncleared = Api.register(Api.basic("vanthu"), Api.json(m), Api.Part.pdf("d.pdf", Pdfs.onePage("d1")));
        assertEquals(201, uncleared.status(), uncleared.text());
        assertEquals(0, uncleared.json().get("duplicates").size(), uncleared.text());
        Api.Reply cleared = Api.register(Api.basic("vanthu.mat"), Api.json(m), Api.Part.pdf("d.pdf", Pdfs.onePage("d2")));
        assertEquals(201, cleared.status(), cleared.text());
        List<Long> dups = new ArrayList<>();
        cleared.json().get("duplicates").forEach(d -> dups.add(d.get("id").asLong()));
        assertTrue(dups.contains(toiMat), "a cleared clerk is warned: " + cleared.text());
    }

    @Test
    void aDossierNeverShowsCountsOrExportsASecretDocumentToTheUncleared() throws IOException {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("title", "Hồ sơ có văn bản mật " + TAG);
        c.put("code", "HS-MAT-" + TAG);
        c.put("retention", "PERMANENT");
        Api.Reply created = Api.postJson("vanthu", "/api/dossiers", c);
        assertEquals(201, created.status(), created.text());
        long dossier = created.json().get("id").asLong();
        for (long doc : List.of(toiMat, mat, normal)) {
            Api.Reply add = Api.postJson("vanthu.mat", "/api/dossiers/" + dossier + "/documents",
                    Map.of("kind", "INCOMING", "documentId", doc));
            assertEquals(200, add.status(), add.text());
        }
        // vanthu may not add what they cannot see
        Api.Reply hidden = Api.postJson("vanthu", "/api/dossiers/" + dossier + "/documents",
                Map.of("kind", "INCOMING", "documentId", mat));
        assertEquals(404, hidden.status(), hidden.text());

        assertEquals(List.of(toiMat, mat, normal), ids(Api.get("vanthu.mat", "/api/dossiers/" + dossier).json()));
        assertEquals(List.of(mat, normal), ids(Api.get("lanhdao.mat", "/api/dossiers/" + dossier).json()));
        JsonNode forVanthu = Api.get("vanthu", "/api/dossiers/" + dossier).json();
        assertEquals(List.of(normal), ids(forVanthu));
        assertEquals(1, forVanthu.get("documentCount").asLong());
        assertEquals(1, listed("vanthu", dossier).get("documentCount").asLong(), "the listing's count too");
        assertEquals(2, listed("lanhdao.mat", dossier).get("documentCount").asLong());
        assertEquals(3, listed("vanthu.mat", dossier).get("documentCount").asLong());

        // asking which dossiers hold a secret document: 404 for the uncleared
        assertEquals(404, Api.get("vanthu", "/api/dossiers?documentId=" + toiMat).status());
        assertEquals(1, Api.get("vanthu.mat", "/api/dossiers?documentId=" + toiMat).json().size());
        // nor can they take it out
        assertEquals(404, Api.delete("vanthu", "/api/dossiers/" + dossier + "/documents/INCOMING/" + toiMat).status());

        assertEquals(List.of("index.json", "001_den-"), zipFolders(Api.get("vanthu", "/api/dossiers/" + dossier + "/export")));
        String index = zipIndex(Api.get("vanthu", "/api/dossiers/" + dossier + "/export"));
        assertFalse(index.contains(toiMatSubject) || index.contains(matSubject), index);
        String full = zipIndex(Api.get("vanthu.mat", "/api/dossiers/" + dossier + "/export"));
        assertTrue(full.contains(toiMatSubject) && full.contains(matSubject), full);
    }

    private static JsonNode listed(String user, long dossier) {
        for (JsonNode d : Api.get(user, "/api/dossiers").json()) {
            if (d.get("id").asLong() == dossier) {
                return d;
            }
        }
        throw new AssertionError("dossier " + dossier + " not listed for " + user);
    }

    private static List<Long> ids(JsonNode dossier) {
        List<Long> ids = new ArrayList<>();
        dossier.get("documents").forEach(d -> ids.add(d.get("id").asLong()));
        return ids;
    }

    /** The ZIP's top-level names: index.json, and each folder's name up to its number and kind. */
    private static List<String> zipFolders(Api.Reply r) throws IOException {
        assertEquals(200, r.status(), r.text());
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(r.body()))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().equals("index.json")) {
                    names.add("index.json");
                } else if (e.isDirectory()) {
                    names.add(e.getName().substring(0, 8));
                }
            }
        }
        return names;
    }

    private static String zipIndex(Api.Reply r) throws IOException {
        assertEquals(200, r.status(), r.text());
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(r.body()))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().equals("index.json")) {
                    return new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no index.json");
    }

    private static String cells(byte[] xlsx) throws IOException {
        StringBuilder b = new StringBuilder();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : wb.getSheetAt(0)) {
                for (Cell cell : row) {
                    b.append(cell.toString()).append('\n');
                }
            }
        }
        return b.toString();
    }
}
