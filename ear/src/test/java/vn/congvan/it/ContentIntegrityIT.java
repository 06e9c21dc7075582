package vn.congvan.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A stored file that was changed on disk behind the application's back is reported, never served. */
class ContentIntegrityIT {

    @Test
    void aCorruptedStoredFileIsNotServed() throws Exception {
        String subject = "Tệp sẽ bị hỏng " + UUID.randomUUID();
        Api.Reply r = Api.register(Api.basic("vanthu"), Api.metadata(subject),
                Api.Part.pdf("hong.pdf", Pdfs.onePage(subject)));
        assertEquals(201, r.status(), r.text());
        JsonNode att = r.json().get("attachments").get(0);
        String sha = att.get("sha256").asText();
        String url = "/api/incoming/" + r.json().get("id").asLong() + "/attachments/" + att.get("id").asLong() + "/content";
        assertEquals(200, Api.get("vanthu", url).status());

        Path stored = Path.of(System.getProperty("it.data.dir"), "content", "sha256", sha.substring(0, 2),
                sha.substring(2, 4), sha);
        assertTrue(Files.isRegularFile(stored), "stored under its SHA-256: " + stored);
        byte[] bytes = Files.readAllBytes(stored);
        bytes[bytes.length / 2] ^= 0x20;
        Files.write(stored, bytes, StandardOpenOption.TRUNCATE_EXISTING);

        Api.Reply bad = Api.get("vanthu", url);
        assertEquals(500, bad.status());
        assertEquals("attachment.corrupt", bad.json().get("code").asText());
    }
}
