package vn.congvan.signing.testpki;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.DigestInfo;

import javax.crypto.Cipher;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Cloud Signature Consortium API v2 service on 127.0.0.1, enough for the client: bearer token, explicit
 * PIN authorisation bound to the hashes (SAD), RSA PKCS#1 v1.5 signHash.
 */
public final class CscTestService implements AutoCloseable {

    static {
        // the JDK HTTP server otherwise writes headers and body in separate TCP segments with Nagle on:
        // each response then waits ~40 ms for the client's delayed ACK (real TSA/OCSP servers do not)
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    public static final String TOKEN = "test-access-token";
    public static final String PIN = "123456";

    private static final ObjectMapper JSON = new ObjectMapper();

    private record Sad(String credentialId, Set<String> hashes) {
    }

    private final HttpServer server;
    private final Map<String, TestPki.Identity> credentials;
    private final Map<String, Sad> sads = new ConcurrentHashMap<>();
    public final AtomicInteger signHashCalls = new AtomicInteger();
    /** How long signatures/signHash waits before answering (a user confirming on a phone); 0 by default. */
    public volatile long signHashDelayMillis;

    public CscTestService(Map<String, TestPki.Identity> credentials) throws IOException {
        this.credentials = credentials;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 20);
        server.setExecutor(Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "csc-test");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/csc/v2/", this::handle);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/csc/v2";
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            if (!("Bearer " + TOKEN).equals(ex.getRequestHeaders().getFirst("Authorization"))) {
                error(ex, 401, "invalid_token", "The access token is not valid");
                return;
            }
            JsonNode req = JSON.readTree(ex.getRequestBody().readAllBytes());
            String method = ex.getRequestURI().getPath().substring("/csc/v2/".length());
            ObjectNode res = JSON.createObjectNode();
            switch (method) {
                case "credentials/list" -> {
                    ArrayNode ids = res.putArray("credentialIDs");
                    credentials.keySet().stream().sorted().forEach(ids::add);
                }
                case "credentials/info" -> {
                    TestPki.Identity id = credentials.get(req.path("credentialID").asText());
                    if (id == null) {
                        error(ex, 400, "invalid_request", "Invalid parameter credentialID");
                        return;
                    }
                    ObjectNode key = res.putObject("key");
                    key.put("status", "enabled");
                    key.putArray("algo").add("1.2.840.113549.1.1.1");
                    key.put("len", 2048);
                    ObjectNode cert = res.putObject("cert");
                    cert.put("status", "valid");
                    ArrayNode certs = cert.putArray("certificates");
                    for (X509Certificate c : id.chain()) {
                        certs.add(Base64.getEncoder().encodeToString(c.getEncoded()));
                    }
                    res.put("authMode", "explicit");
                    res.put("multisign", 1);
                }
                case "credentials/authorize" -> {
                    String credId = req.path("credentialID").asText();
                    if (!credentials.containsKey(credId)) {
                        error(ex, 400, "invalid_request", "Invalid parameter credentialID");
                        return;
                    }
                    String pin = null;
                    for (JsonNode a : req.path("authData")) {
                        if ("PIN".equals(a.path("id").asText())) {
                            pin = a.path("value").asText();
                        }
                    }
                    if (!PIN.equals(pin)) {
                        error(ex, 400, "invalid_pin", "The PIN is invalid");
                        return;
                    }
                    Set<String> hashes = new HashSet<>();
                    req.path("hashes").forEach(h -> hashes.add(h.asText()));
                    String sad = UUID.randomUUID().toString();
                    sads.put(sad, new Sad(credId, hashes));
                    res.put("SAD", sad);
                    res.put("expiresIn", 300);
                }
                case "signatures/signHash" -> {
                    signHashCalls.incrementAndGet();
                    if (signHashDelayMillis > 0) {
                        Thread.sleep(signHashDelayMillis);
                    }
                    Sad sad = sads.remove(req.path("SAD").asText());
                    String credId = req.path("credentialID").asText();
                    if (sad == null || !sad.credentialId().equals(credId)) {
                        error(ex, 400, "invalid_request", "Invalid SAD");
                        return;
                    }
                    if (!"2.16.840.1.101.3.4.2.1".equals(req.path("hashAlgorithmOID").asText())) {
                        error(ex, 400, "invalid_request", "Unsupported hashAlgorithmOID");
                        return;
                    }
                    ArrayNode sigs = res.putArray("signatures");
                    for (JsonNode h : req.path("hashes")) {
                        if (!sad.hashes().contains(h.asText())) {
                            error(ex, 400, "invalid_request", "Hash not authorized by the SAD");
                            return;
                        }
                        sigs.add(Base64.getEncoder().encodeToString(
                                rsaSignHash(credentials.get(credId), Base64.getDecoder().decode(h.asText()))));
                    }
                }
                default -> {
                    error(ex, 404, "invalid_request", "Unknown method " + method);
                    return;
                }
            }
            byte[] body = JSON.writeValueAsBytes(res);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
        } catch (Exception e) {
            ex.sendResponseHeaders(500, -1);
        }
    }

    static byte[] rsaSignHash(TestPki.Identity id, byte[] sha256) throws Exception {
        byte[] digestInfo = new DigestInfo(new AlgorithmIdentifier(
                new ASN1ObjectIdentifier("2.16.840.1.101.3.4.2.1"), DERNull.INSTANCE), sha256).getEncoded("DER");
        Cipher c = Cipher.getInstance("RSA/ECB/PKCS1Padding");
        c.init(Cipher.ENCRYPT_MODE, id.key());
        return c.doFinal(digestInfo);
    }

    private static void error(HttpExchange ex, int status, String error, String desc) throws IOException {
        byte[] body = JSON.writeValueAsBytes(Map.of("error", error, "error_description", desc));
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, body.length);
        ex.getResponseBody().write(body);
    }

    static List<String> ids(Map<String, ?> m) {
        return List.copyOf(m.keySet());
    }
}
