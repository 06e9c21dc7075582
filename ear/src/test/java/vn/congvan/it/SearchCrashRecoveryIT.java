package vn.congvan.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.congvan.it.SearchIT.enc;
import static vn.congvan.it.SearchIT.ids;
import static vn.congvan.it.SearchIT.search;

/**
 * Nothing is lost when the server dies: a document registered just before a kill -9 — its file not yet
 * extracted, its search row still in the search outbox — is extracted and found after the restart.
 *
 * <p>To make "not yet" certain rather than a race, the test first pauses the extraction worker and the
 * index writer at run time ({@code congvan.extraction.enabled} and {@code congvan.search.indexing.enabled},
 * system properties set through the management interface, which the restarted server reads again from its
 * configuration); after the restart it removes them, as an operator would, and the work resumes from the
 * database alone.
 */
class SearchCrashRecoveryIT {

    private static final String[] PAUSES = {"congvan.extraction.enabled", "congvan.search.indexing.enabled"};

    @Test
    void aDocumentRegisteredJustBeforeAKillIsExtractedAndFoundAfterTheRestart() throws Exception {
        String tok = SearchIT.token();
        String inFile = SearchIT.token();
        ItServer server = ItServer.find();
        for (String p : PAUSES) {
            ItServer.cli("/system-property=" + p + ":add(value=false)");
        }
        boolean restarted = false;
        try {
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("organName", "Sở Nông nghiệp và Phát triển nông thôn");
            m.put("codeNumber", "77");
            m.put("codeNotation", "SNN-KH");
            m.put("documentType", "CV");
            m.put("issuedDate", "2026-11-30");
            m.put("subject", "Báo cáo tình hình sản xuất vụ đông " + tok);
            Api.Reply r = Api.register(Api.basic("vanthu"), Api.json(m), Api.Part.pdf("bao-cao.pdf",
                    SearchIT.pdf("BÁO CÁO", "Tình hình gieo trồng và thu hoạch lúa vụ đông xuân " + inFile)));
            assertEquals(201, r.status(), r.text());
            long id = r.json().get("id").asLong();

            // committed, but with the index writer paused the change waits in the outbox
            Thread.sleep(2500);
            assertEquals(0, search("vanthu", "q=" + tok).get("total").asLong(), "indexed despite the pause");

            server.kill();
            server = server.restart(Duration.ofMinutes(5));
            restarted = true;
            for (String p : PAUSES) {
                ItServer.cli("/system-property=" + p + ":remove");
            }

            // the outbox row and the extraction job were in the database: both done after the restart
            JsonNode byMeta = SearchIT.waitFor("vanthu", "q=" + tok, 30);
            assertEquals(List.of(id), ids(byMeta));
            JsonNode byText = SearchIT.waitFor("vanthu", "text=" + enc("thu hoạch lúa vụ đông xuân " + inFile), 120);
            assertEquals(List.of(id), ids(byText));
            assertEquals("DONE", byText.get("hits").get(0).get("textState").asText());
            assertEquals(1, search("vanthu", "q=" + enc("thu hoach lua " + inFile)).get("total").asLong(),
                    "unaccented, once only");
        } finally {
            if (!restarted) {
                for (String p : PAUSES) {
                    try {
                        ItServer.cli("/system-property=" + p + ":remove");
                    } catch (RuntimeException ignored) {
                        // the server is gone: nothing to undo
                    }
                }
            }
        }
    }
}
