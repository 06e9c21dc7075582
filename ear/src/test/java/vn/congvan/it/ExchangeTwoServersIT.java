package vn.congvan.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Two installations: agency A (UBND tỉnh Mẫu) on the usual test server, agency B (Sở Nội vụ) on a second
 * WildFly with its own database, started by the {@code two-servers} profile ({@code -Dit.b.http.port=…}).
 * A issues a signed document to B; B receives it and accepts it; A sees 01 then 03; a recall flows to B and
 * 15 comes back. Skipped when no second server is configured ({@code server.b.url}).
 */
class ExchangeTwoServersIT {

    static final String B = System.getProperty("server.b.url", "");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void directories() {
        assumeTrue(!B.isBlank(), "no second server (run with -Dit.b.http.port=… to start one)");
        // A knows B's Sở Nội vụ at B's inbox; B's Sở Nội vụ knows A's UBND at A's inbox
        link(Api.BASE, "quantri", ExchangeIT.SNV, "Sở Nội vụ tỉnh Mẫu (máy chủ B)", B + "/api/edxml/inbox",
                certificate(B, "quantri.snv"));
        link(B, "quantri.snv", ExchangeIT.UBND, "Ủy ban nhân dân tỉnh Mẫu (máy chủ A)", Api.BASE + "/api/edxml/inbox",
                certificate(Api.BASE, "quantri"));
    }

    @Test
    void aDocumentTravelsBetweenTwoInstallationsAndItsStatusesComeBack() {
        String subject = "Liên thông giữa hai máy chủ " + UUID.randomUUID();
        long out = ExchangeIT.issueTo(subject, ExchangeIT.SNV, "Sở Nội vụ tỉnh Mẫu");

        JsonNode pkg = ExchangeIT.await("the package on server B", () -> receivedOnB(subject), p -> true);
        assertEquals("RECEIVED", pkg.get("state").asText());
        assertEquals(ExchangeIT.UBND, pkg.get("fromOrganId").asText());
        ExchangeIT.await("01 on server A", () -> ExchangeIT.delivery(out), d -> "01".equals(ExchangeIT.recipientStatus(d)));

        long id = pkg.get("id").asLong();
        Reply accepted = call(B, "vanthu.snv", "POST", "/api/exchange/received/" + id + "/accept", "{}");
        assertEquals(200, accepted.status(), accepted.body());
        JsonNode incoming = accepted.json();
        assertEquals("EDXML", incoming.get("receiveMethod").asText());
        long incomingId = incoming.get("id").asLong();

        JsonNode d = ExchangeIT.await("03 on server A", () -> ExchangeIT.delivery(out), x -> "03".equals(ExchangeIT.recipientStatus(x)));
        List<String> codes = new ArrayList<>();
        d.get("history").forEach(h -> codes.add(h.get("statusCode").asText()));
        assertEquals(List.of("01", "03"), codes);
        // B's people handle it: A sees 04, 05, 06
        ExchangeIT.routingStatuses(B, out, incomingId);

        Api.Reply recall = Api.postJson("vanthu", "/api/outgoing/" + out + "/withdraw", Map.of("reason", "Thu hồi để sửa"));
        assertEquals(200, recall.status(), recall.text());
        ExchangeIT.await("the recall on server B",
                () -> call(B, "vanthu.snv", "GET", "/api/exchange/received/" + id, null).json(),
                p -> "RECALLED".equals(p.get("state").asText()));
        ExchangeIT.await("15 on server A", () -> ExchangeIT.delivery(out), x -> "15".equals(ExchangeIT.recipientStatus(x)));
    }

    static JsonNode receivedOnB(String subject) {
        for (JsonNode p : call(B, "vanthu.snv", "GET", "/api/exchange/received", null).json()) {
            if (p.get("subject").asText().equals(subject)) {
                return p;
            }
        }
        return null;
    }

    static String certificate(String base, String admin) {
        Reply r = call(base, admin, "GET", "/api/admin/exchange/certificate", null);
        assertEquals(200, r.status(), r.body());
        assertTrue(r.body().contains("-----BEGIN CERTIFICATE-----"), r.body());
        return r.body();
    }

    static void link(String base, String admin, String organId, String name, String endpoint, String pem) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("organId", organId);
        m.put("name", name);
        m.put("endpoint", endpoint);
        m.put("certificatePem", pem);
        m.put("active", true);
        String json = Api.json(m);
        for (JsonNode p : call(base, admin, "GET", "/api/admin/exchange/agencies", null).json()) {
            if (p.get("organId").asText().equals(organId)) {
                Reply r = call(base, admin, "PUT", "/api/admin/exchange/agencies/" + p.get("id").asLong(), json);
                assertEquals(200, r.status(), r.body());
                return;
            }
        }
        Reply r = call(base, admin, "POST", "/api/admin/exchange/agencies", json);
        assertEquals(201, r.status(), r.body());
    }

    record Reply(int status, String body) {
        JsonNode json() {
            try {
                return Api.JSON.readTree(body);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("Not JSON (" + status + "): " + body, e);
            }
        }
    }

    static Reply call(String base, String user, String method, String path, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", Api.basic(user));
        if (json == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
