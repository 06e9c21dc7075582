package vn.congvan.it;

import com.fasterxml.jackson.databind.JsonNode;
import vn.congvan.signing.pki.Pem;
import vn.congvan.signing.testpki.TestPki;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Helpers of the signing ITs: the administrator's configuration calls and the test PKI's files. */
final class SigningSetup {

    static final String ADMIN = "quantri";

    private SigningSetup() {
    }

    static Api.Reply uploadAnchor(String user, X509Certificate cert) {
        return Api.post(user, "/api/signing-config/trust-anchors", "application/x-pem-file",
                Pem.toPem(List.of(cert)).getBytes(StandardCharsets.US_ASCII));
    }

    /** Trusts the PKI's root and loads both of its CRLs, as the administrator. */
    static void trust(TestPki pki) throws Exception {
        Api.Reply r = uploadAnchor(ADMIN, pki.root);
        assertEquals(200, r.status(), r.text());
        for (String crl : List.of("root.crl", "intermediate.crl")) {
            Api.Reply c = Api.post(ADMIN, "/api/signing-config/crls", "application/pkix-crl", fetch(pki.baseUrl() + "/crl/" + crl));
            assertEquals(200, c.status(), c.text());
        }
    }

    private static TestPki trusted;

    /** {@link #trust} once per test JVM (the test classes share one PKI). */
    static synchronized void trustOnce(TestPki pki) throws Exception {
        if (trusted != pki) {
            trust(pki);
            trusted = pki;
        }
    }

    static byte[] fetch(String url) throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        return r.body();
    }

    static void level(String level) {
        Api.Reply r = Api.putJson(ADMIN, "/api/signing-config/default-level", Map.of("level", level));
        assertEquals(200, r.status(), r.text());
    }

    static JsonNode config() {
        Api.Reply r = Api.get(ADMIN, "/api/signing-config");
        assertEquals(200, r.status(), r.text());
        return r.json();
    }

    /** The id of the remote service with this URL, adding it when missing. */
    static long remoteService(String name, String url, int timeoutSeconds) {
        for (JsonNode s : config().get("remoteServices")) {
            if (s.get("baseUrl").asText().equals(url)) {
                return s.get("id").asLong();
            }
        }
        Api.Reply r = Api.postJson(ADMIN, "/api/signing-config/remote-services",
                Map.of("name", name, "baseUrl", url, "timeoutSeconds", timeoutSeconds));
        assertEquals(200, r.status(), r.text());
        for (JsonNode s : r.json().get("remoteServices")) {
            if (s.get("baseUrl").asText().equals(url)) {
                return s.get("id").asLong();
            }
        }
        throw new AssertionError("service not listed: " + r.text());
    }

    /** Test signing as {@code user}: parts secret, accessToken (optional) and file (optional). */
    static Api.Reply testSign(String user, String secret, String accessToken, byte[] pdf) {
        List<Api.Part> parts = new java.util.ArrayList<>();
        List<String> names = new java.util.ArrayList<>();
        if (secret != null) {
            parts.add(new Api.Part(null, "text/plain; charset=UTF-8", secret.getBytes(StandardCharsets.UTF_8)));
            names.add("secret");
        }
        if (accessToken != null) {
            parts.add(new Api.Part(null, "text/plain; charset=UTF-8", accessToken.getBytes(StandardCharsets.UTF_8)));
            names.add("accessToken");
        }
        if (pdf != null) {
            parts.add(Api.Part.pdf("van-ban.pdf", pdf));
            names.add("file");
        }
        return Api.postMultipart(user, "/api/me/test-signature", parts, names);
    }

    static void uploadImage(String user) throws Exception {
        Api.Reply r = Api.put(user, "/api/me/signature-image", "image/png",
                SignerProfileIT.png(java.awt.image.BufferedImage.TYPE_INT_ARGB));
        assertEquals(200, r.status(), r.text());
    }
}
