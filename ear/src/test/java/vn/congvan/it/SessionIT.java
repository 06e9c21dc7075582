package vn.congvan.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** API sessions: log in once, call with the cookie, changing calls need the session's CSRF token. */
class SessionIT {

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void aSessionAuthenticatesLaterCallsAndLogoutEndsIt() throws Exception {
        HttpResponse<String> login = login("vanthu", Api.PASSWORD);
        assertEquals(200, login.statusCode(), login.body());
        JsonNode session = Api.JSON.readTree(login.body());
        assertEquals("vanthu", session.get("username").asText());
        String csrf = session.get("csrfToken").asText();
        assertTrue(csrf.length() >= 20, csrf);
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID"))
                .findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);

        HttpResponse<String> me = send(get("/api/me"));
        assertEquals(200, me.statusCode(), me.body());
        assertEquals("vanthu", Api.JSON.readTree(me.body()).get("username").asText());
        assertEquals(csrf, Api.JSON.readTree(send(get("/api/session")).body()).get("csrfToken").asText());

        // a changing call with the cookie alone is refused and registers nothing; with the token it goes through
        long before = Api.defaultRegister("vanthu").get("nextNumber").asLong();
        HttpResponse<String> forged = send(registration(null));
        assertEquals(403, forged.statusCode(), forged.body());
        assertTrue(forged.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        HttpResponse<String> wrongToken = send(registration("not-the-token"));
        assertEquals(403, wrongToken.statusCode(), wrongToken.body());
        assertEquals(before, Api.defaultRegister("vanthu").get("nextNumber").asLong());
        HttpResponse<String> ok = send(registration(csrf));
        assertEquals(201, ok.statusCode(), ok.body());
        assertEquals(before, Api.JSON.readTree(ok.body()).get("arrivalNumber").asLong());

        HttpResponse<String> logout = send(HttpRequest.newBuilder(URI.create(Api.BASE + "/api/session")).DELETE().build());
        assertEquals(204, logout.statusCode());
        assertEquals(401, send(get("/api/me")).statusCode());
    }

    @Test
    void wrongPasswordIsAProblemAndMakesNoSession() throws Exception {
        HttpResponse<String> r = login("vanthu", "wrong-password");
        assertEquals(401, r.statusCode(), r.body());
        JsonNode p = Api.JSON.readTree(r.body());
        assertEquals(401, p.get("status").asInt());
        assertFalse(p.get("title").asText().isBlank());
        assertEquals(401, send(get("/api/me")).statusCode());

        HttpResponse<String> empty = send(HttpRequest.newBuilder(URI.create(Api.BASE + "/api/session"))
                .header("Content-Type", "application/json").header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        assertNotEquals(200, empty.statusCode());
        assertTrue(empty.statusCode() == 400 || empty.statusCode() == 422, empty.body());
        assertTrue(empty.body().contains("username") && empty.body().contains("password"), empty.body());
    }

    @Test
    void basicAuthenticationNeedsNoCsrfToken() {
        Api.Reply r = Api.register(Api.basic("vanthu"), Api.metadata("Basic, không cần mã CSRF"),
                Api.Part.pdf("a.pdf", Pdfs.onePage("basic csrf")));
        assertEquals(201, r.status(), r.text());
    }

    private HttpResponse<String> login(String user, String password) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(Api.BASE + "/api/session"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Api.json(Map.of("username", user, "password", password))))
                .build());
    }

    private static HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(Api.BASE + path)).GET().build();
    }

    private static HttpRequest registration(String csrf) {
        String boundary = "----congvan-session-it";
        byte[] pdf = Pdfs.onePage("session csrf " + System.nanoTime());
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"metadata\"\r\n"
                + "Content-Type: application/json; charset=UTF-8\r\n\r\n" + Api.metadata("Đăng ký qua phiên API") + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n";
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] h = head.getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[h.length + pdf.length + tail.length];
        System.arraycopy(h, 0, body, 0, h.length);
        System.arraycopy(pdf, 0, body, h.length, pdf.length);
        System.arraycopy(tail, 0, body, h.length + pdf.length, tail.length);
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(Api.BASE + "/api/incoming"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (csrf != null) {
            b.header("X-CSRF-Token", csrf);
        }
        return b.build();
    }

    private HttpResponse<String> send(HttpRequest r) throws IOException, InterruptedException {
        return http.send(r, HttpResponse.BodyHandlers.ofString());
    }
}
