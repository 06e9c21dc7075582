package vn.congvan.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A clerk registers an incoming document through the REST API; the register lists it; those allowed open it. */
class RegistrationIT {

    @Test
    void clerkRegistersAPdfAndGetsTheNextNumber() throws Exception {
        JsonNode register = Api.defaultRegister("vanthu");
        long expected = register.get("nextNumber").asLong();
        String subject = "Về việc tổ chức hội nghị tổng kết " + UUID.randomUUID();
        byte[] pdf = Pdfs.onePage("Cong van " + subject);

        Api.Reply created = Api.register(Api.basic("vanthu"), Api.metadata(subject), Api.Part.pdf("công văn đến.pdf", pdf));

        assertEquals(201, created.status(), created.text());
        JsonNode doc = created.json();
        assertEquals(expected, doc.get("arrivalNumber").asLong(), "the next number of the register");
        assertEquals(register.get("id").asLong(), doc.get("registerId").asLong());
        assertEquals(subject, doc.get("subject").asText());
        assertEquals("Nguyễn Thị Lan", doc.get("registeredBy").asText());
        assertEquals(1, doc.get("pageAmount").asInt(), "page count read from the PDF");
        assertTrue(created.header("Location").endsWith("/api/incoming/" + doc.get("id").asLong()));
        JsonNode att = doc.get("attachments").get(0);
        assertEquals("công văn đến.pdf", att.get("fileName").asText());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)), att.get("sha256").asText());

        // the register lists it, newest first
        JsonNode page = Api.get("vanthu", "/api/incoming?registerId=" + register.get("id").asLong()).json();
        assertEquals(subject, page.get("items").get(0).get("subject").asText());
        assertEquals(expected + 1, Api.register("vanthu", register.get("id").asLong()).get("nextNumber").asLong());

        // the leader opens it and downloads the very bytes
        long id = doc.get("id").asLong();
        assertEquals(subject, Api.get("lanhdao", "/api/incoming/" + id).json().get("subject").asText());
        Api.Reply file = Api.get("lanhdao", "/api/incoming/" + id + "/attachments/" + att.get("id").asLong() + "/content");
        assertEquals(200, file.status());
        assertEquals("application/pdf", file.contentType());
        assertArrayEquals(pdf, file.body());
        assertTrue(file.header("Content-Disposition").contains("filename*=UTF-8''c%C3%B4ng%20v%C4%83n"),
                file.header("Content-Disposition"));
    }

    @Test
    void sameNumberNotationAndAgencyIsFlaggedAsDuplicateButRegistered() {
        String meta = Api.json(java.util.Map.of("organName", "Sở Tài chính", "codeNumber", "777",
                "codeNotation", "STC-" + UUID.randomUUID().toString().substring(0, 8), "documentType", "TB",
                "issuedDate", "2026-01-05", "subject", "Thông báo lịch công tác"));
        Api.Reply first = Api.register(Api.basic("vanthu"), meta, Api.Part.pdf("a.pdf", Pdfs.onePage("a")));
        assertEquals(201, first.status(), first.text());
        assertEquals(0, first.json().get("duplicates").size());

        Api.Reply second = Api.register(Api.basic("vanthu"), meta, Api.Part.pdf("b.pdf", Pdfs.onePage("b")));
        assertEquals(201, second.status(), second.text());
        JsonNode dup = second.json().get("duplicates");
        assertEquals(1, dup.size());
        assertEquals(first.json().get("id").asLong(), dup.get(0).get("id").asLong());
        assertEquals(first.json().get("arrivalNumber").asLong(), dup.get(0).get("arrivalNumber").asLong());
    }

    @Test
    void specialistSeesOnlyWhatWasHandedToTheDepartment() {
        long kt = departmentId("KT");
        long nc = departmentId("NC");
        String forKt = "Giao phòng Kinh tế " + UUID.randomUUID();
        String forNc = "Giao phòng Nội chính " + UUID.randomUUID();
        long idKt = registerFor(forKt, kt);
        long idNc = registerFor(forNc, nc);

        // chuyenvien works in Phòng Kinh tế
        assertEquals(200, Api.get("chuyenvien", "/api/incoming/" + idKt).status());
        assertEquals(404, Api.get("chuyenvien", "/api/incoming/" + idNc).status());
        JsonNode listed = Api.get("chuyenvien", "/api/incoming?size=200").json().get("items");
        boolean seesKt = false;
        for (JsonNode d : listed) {
            assertFalse(forNc.equals(d.get("subject").asText()), "another department's document is not listed");
            seesKt |= forKt.equals(d.get("subject").asText());
        }
        assertTrue(seesKt);
    }

    @Test
    void theCallerIsKnownByTheApi() {
        JsonNode me = Api.get("vanthu", "/api/me").json();
        assertEquals("vanthu", me.get("username").asText());
        assertEquals("Nguyễn Thị Lan", me.get("fullName").asText());
        assertEquals("000.00.00.H99", me.get("agencyCode").asText());
        assertEquals("CLERK", me.get("roles").get(0).asText());
        assertEquals("Văn phòng", me.get("department").asText());
    }

    @Test
    void documentTypeCatalogueHasTheTwentyNineKindsOfNd30() {
        JsonNode types = Api.get(null, "/api/document-types").json();
        int administrative = 0;
        boolean hd = false;
        boolean hdd = false;
        for (JsonNode t : types) {
            if ("ADMINISTRATIVE".equals(t.get("category").asText())) {
                administrative++;
            }
            hd |= "HD".equals(t.path("abbreviation").asText()) && "Hướng dẫn".equals(t.get("nameVi").asText());
            hdd |= "HĐ".equals(t.path("abbreviation").asText()) && "Hợp đồng".equals(t.get("nameVi").asText());
        }
        assertEquals(29, administrative);
        assertTrue(hd && hdd, "HĐ (hợp đồng) and HD (hướng dẫn) are distinct");
    }

    static long departmentId(String code) {
        for (JsonNode d : Api.get("vanthu", "/api/departments").json()) {
            if (code.equals(d.get("code").asText())) {
                return d.get("id").asLong();
            }
        }
        throw new AssertionError("no department " + code);
    }

    private static long registerFor(String subject, long departmentId) {
        String meta = Api.json(java.util.Map.of("organName", "Văn phòng Chính phủ", "documentType", "CV",
                "issuedDate", "2026-01-10", "subject", subject, "recipientDepartmentId", departmentId));
        Api.Reply r = Api.register(Api.basic("vanthu"), meta, Api.Part.pdf("x.pdf", Pdfs.onePage(subject)));
        assertEquals(201, r.status(), r.text());
        return r.json().get("id").asLong();
    }
}
