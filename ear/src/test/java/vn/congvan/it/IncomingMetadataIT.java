package vn.congvan.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The ND30 Phụ lục VI incoming fields added with the outgoing work: Language and ToPlaces. */
class IncomingMetadataIT {

    @Test
    void languageAndToPlacesAreKeptAndLanguageDefaultsToVietnamese() throws IOException {
        ObjectNode m = (ObjectNode) Api.JSON.readTree(Api.metadata("Thư mời hội thảo quốc tế"));
        m.put("language", "en");
        m.put("toPlaces", "Như trên;\nLưu: VT.");
        m.put("pageAmount", 3);
        m.put("dueDate", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(5).toString());
        Api.Reply r = Api.register(Api.basic("vanthu"), m.toString(), Api.Part.pdf("moi.pdf", Pdfs.onePage("moi")));
        assertEquals(201, r.status(), r.text());
        JsonNode d = Api.get("vanthu", "/api/incoming/" + r.json().get("id").asLong()).json();
        assertEquals("en", d.get("language").asText());
        assertEquals("Như trên;\nLưu: VT.", d.get("toPlaces").asText());
        assertEquals(3, d.get("pageAmount").asInt());
        assertEquals("Chánh Văn phòng", d.get("signerPosition").asText());

        Api.Reply plain = Api.register(Api.basic("vanthu"), Api.metadata("Không ghi ngôn ngữ"),
                Api.Part.pdf("a.pdf", Pdfs.onePage("a")));
        assertEquals("vi", plain.json().get("language").asText());

        m.put("language", "tiếng Anh");
        Api.Reply bad = Api.register(Api.basic("vanthu"), m.toString(), Api.Part.pdf("b.pdf", Pdfs.onePage("b")));
        assertEquals(422, bad.status(), bad.text());
        assertEquals("language", bad.json().get("errors").get(0).get("field").asText());
    }
}
