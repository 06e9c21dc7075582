package vn.congvan.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.Normalizer;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The search tests of {@link SearchIT} — registration to searchable, Vietnamese with and without diacritics, both
 * tone placements, notations and their prefixes, permission trimming of hits, totals and facets, filters, sorting,
 * highlights, re-index through the admin API and the re-index race — run again, inherited, on server C, whose index
 * is a real OpenSearch node (ear/pom.xml, profile {@code search-elasticsearch}: the node from module search-node,
 * no ICU plugin; server C with {@code -Dhibernate.search.backend.type=elasticsearch} and
 * ElasticsearchAnalysisDefinitions). Plus what only this backend needs: the server really writes to OpenSearch, and
 * text in NFD with the old tone placement, which the application normalises before it reaches the server.
 *
 * <p>Runs only in its own failsafe execution (server C's URL and {@code it.search.backend=elasticsearch}); skipped
 * anywhere else.
 */
class SearchElasticsearchIT extends SearchIT {

    private static final String ES = System.getProperty("it.es.url", "");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void onTheElasticsearchServer() {
        assumeElasticsearchServer();
    }

    /** Skips outside the search-elasticsearch execution; there, fails unless the server really uses Elasticsearch. */
    static void assumeElasticsearchServer() {
        assumeTrue("elasticsearch".equals(BACKEND) && !ES.isBlank(),
                "runs in the search-elasticsearch failsafe execution, against server C (ear/pom.xml)");
        JsonNode status = Api.get("quantri", "/api/admin/search/status").json();
        assertEquals("elasticsearch", status.get("backend").asText(), status.toString());
    }

    @Test
    void theDocumentsAreInOpenSearch() throws Exception {
        String tok = token();
        long id = register("vanthu", Map.of("subject", "Công văn lưu trong OpenSearch " + tok), pdf("OpenSearch"));
        // the application's index, as Hibernate Search names it, holds the document (asked of OpenSearch itself)
        JsonNode hits = es("POST", "/document-read/_search", "{\"query\":{\"match\":{\"all_folded\":\"" + tok + "\"}}}");
        assertEquals(1, hits.get("hits").get("total").get("value").asLong(), hits.toString());
        assertEquals(id, hits.get("hits").get("hits").get(0).get("_source").get("documentId").asLong(), hits.toString());
        // and its analysis is made of built-in components only: no ICU plugin on this node, none in the settings
        JsonNode settings = es("GET", "/document-read/_settings", null);
        assertTrue(settings.toString().contains("vi_folded"), settings.toString());
        assertTrue(!settings.toString().contains("icu_"), settings.toString());
        JsonNode plugins = es("GET", "/_nodes/plugins", null);
        assertTrue(!plugins.toString().contains("analysis-icu") && !plugins.toString().contains("ICU"), plugins.toString());
    }

    @Test
    void textInNfdWithTheOldTonePlacementIsFoundAndRanked() {
        String tok = token();
        // combining marks (NFD) and the old tone placement (hòa, thủy), as some editors and input methods write
        String nfdOld = Normalizer.normalize("Hướng dẫn hòa giải thủy lợi " + tok, Normalizer.Form.NFD);
        long accented = register("vanthu", Map.of("subject", nfdOld), pdf("Hướng dẫn"));
        long plain = register("vanthu", Map.of("subject", "Huong dan hoa giai thuy loi " + tok), pdf("Huong dan"));

        // unaccented: both
        assertEquals(List.of(accented, plain).stream().sorted().toList(),
                ids(search("vanthu", "q=" + enc("huong dan hoa giai " + tok))).stream().sorted().toList());
        // precomposed, the new placement (hoà, thuỷ): the accented one first, a whole tier above
        JsonNode exact = search("vanthu", "q=" + enc("hoà giải thuỷ lợi " + tok));
        assertEquals(List.of(accented, plain), ids(exact));
        assertTrue(exact.get("hits").get(0).get("score").asDouble() >= 1000 + exact.get("hits").get(1).get("score").asDouble(),
                exact.toString());
        // the old placement typed in NFD finds the same order; the subject field search too
        assertEquals(List.of(accented, plain), ids(search("vanthu",
                "q=" + enc(Normalizer.normalize("hòa giải thủy lợi " + tok, Normalizer.Form.NFD)))));
        assertEquals(List.of(accented, plain), ids(search("vanthu", "subject=" + enc("hoà giải " + tok))));
        // highlighting works on the NFD text as stored
        JsonNode hl = search("vanthu", "subject=" + enc("giai " + tok));
        assertTrue(hl.get("hits").toString().contains("<mark>"), hl.toString());
    }

    private static JsonNode es(String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(ES + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json");
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return new ObjectMapper().readTree(r.body());
    }
}
