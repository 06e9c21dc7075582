package vn.congvan.signing.keys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.congvan.signing.SigningException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * A client for the Cloud Signature Consortium API v2 (remote signing of hashes):
 * {@code credentials/list}, {@code credentials/info}, {@code credentials/authorize}, {@code signatures/signHash}.
 * The access token is obtained elsewhere (OAuth 2.0 with the provider) and passed in.
 */
public final class CscClient {

    public static final String OID_SHA256 = "2.16.840.1.101.3.4.2.1";
    public static final String OID_SHA384 = "2.16.840.1.101.3.4.2.2";
    public static final String OID_SHA512 = "2.16.840.1.101.3.4.2.3";
    public static final String OID_RSA = "1.2.840.113549.1.1.1";
    public static final String OID_SHA256_RSA = "1.2.840.113549.1.1.11";
    public static final String OID_SHA256_ECDSA = "1.2.840.10045.4.3.2";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final String accessToken;
    private final HttpClient http;
    private final Duration timeout;

    /**
     * @param baseUrl     the service's API root, e.g. {@code https://ca.example/csc/v2}
     * @param accessToken OAuth 2.0 bearer token of the user (service scope)
     * @param timeout     per request; signHash may wait for the user's confirmation on a phone
     */
    public CscClient(String baseUrl, String accessToken, Duration timeout) {
        this.base = URI.create(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
        this.accessToken = accessToken;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** What credentials/info says about one credential. */
    public record CredentialInfo(String credentialId, String keyStatus, List<String> keyAlgorithms,
                                 List<X509Certificate> certificates, String authMode, int multisign) {
    }

    public List<String> listCredentials() throws SigningException {
        ObjectNode req = JSON.createObjectNode();
        req.put("credentialInfo", false);
        JsonNode res = post("credentials/list", req);
        List<String> ids = new ArrayList<>();
        res.path("credentialIDs").forEach(n -> ids.add(n.asText()));
        return ids;
    }

    public CredentialInfo credentialInfo(String credentialId) throws SigningException {
        ObjectNode req = JSON.createObjectNode();
        req.put("credentialID", credentialId);
        req.put("certificates", "chain");
        req.put("certInfo", true);
        req.put("authInfo", true);
        JsonNode res = post("credentials/info", req);
        List<String> algos = new ArrayList<>();
        res.path("key").path("algo").forEach(n -> algos.add(n.asText()));
        List<X509Certificate> certs = new ArrayList<>();
        try {
            CertificateFactory cf = CertificateFactory.getInstance("X.509");
            for (JsonNode n : res.path("cert").path("certificates")) {
                certs.add((X509Certificate) cf.generateCertificate(
                        new ByteArrayInputStream(Base64.getDecoder().decode(n.asText()))));
            }
        } catch (CertificateException | IllegalArgumentException e) {
            throw new SigningException(SigningException.Reason.REMOTE_SIGNING,
                    "The signing service returned an unreadable certificate", e);
        }
        return new CredentialInfo(credentialId, res.path("key").path("status").asText("enabled"), algos, certs,
                res.path("authMode").asText("explicit"), res.path("multisign").asInt(1));
    }

    /**
     * credentials/authorize for the given hashes; returns the SAD (signature activation data).
     *
     * @param authData e.g. {@code {"PIN": "123456"}} or {@code {"OTP": "..."}}; empty when the
     *                 service confirms with the user out of band (a phone app)
     */
    public String authorize(String credentialId, List<byte[]> hashes, String hashOid, Map<String, String> authData)
            throws SigningException {
        ObjectNode req = JSON.createObjectNode();
        req.put("credentialID", credentialId);
        req.put("numSignatures", hashes.size());
        ArrayNode h = req.putArray("hashes");
        hashes.forEach(b -> h.add(Base64.getEncoder().encodeToString(b)));
        req.put("hashAlgorithmOID", hashOid);
        if (authData != null && !authData.isEmpty()) {
            ArrayNode a = req.putArray("authData");
            authData.forEach((k, v) -> a.addObject().put("id", k).put("value", v));
        }
        JsonNode res = post("credentials/authorize", req);
        String sad = res.path("SAD").asText(null);
        if (sad == null || sad.isEmpty()) {
            throw new SigningException(SigningException.Reason.REMOTE_SIGNING, "The signing service gave no SAD");
        }
        return sad;
    }

    /** signatures/signHash: one signature value per hash, in order. */
    public List<byte[]> signHash(String credentialId, String sad, List<byte[]> hashes, String hashOid, String signAlgoOid)
            throws SigningException {
        ObjectNode req = JSON.createObjectNode();
        req.put("credentialID", credentialId);
        req.put("SAD", sad);
        ArrayNode h = req.putArray("hashes");
        hashes.forEach(b -> h.add(Base64.getEncoder().encodeToString(b)));
        req.put("hashAlgorithmOID", hashOid);
        req.put("signAlgo", signAlgoOid);
        req.put("operationMode", "S");
        JsonNode res = post("signatures/signHash", req);
        List<byte[]> out = new ArrayList<>();
        for (JsonNode n : res.path("signatures")) {
            out.add(Base64.getDecoder().decode(n.asText()));
        }
        if (out.size() != hashes.size()) {
            throw new SigningException(SigningException.Reason.REMOTE_SIGNING,
                    "The signing service returned " + out.size() + " signatures for " + hashes.size() + " hashes");
        }
        return out;
    }

    private JsonNode post(String method, JsonNode body) throws SigningException {
        try {
            HttpRequest req = HttpRequest.newBuilder(base.resolve(method))
                    .timeout(timeout)
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + accessToken)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))
                    .build();
            HttpResponse<byte[]> res = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
            JsonNode json = res.body().length == 0 ? JSON.createObjectNode() : JSON.readTree(res.body());
            if (res.statusCode() / 100 != 2) {
                String error = json.path("error").asText("http_" + res.statusCode());
                String desc = json.path("error_description").asText("");
                throw new SigningException(SigningException.Reason.REMOTE_SIGNING,
                        "The signing service refused " + method + ": " + error + (desc.isEmpty() ? "" : " (" + desc + ")"));
            }
            return json;
        } catch (IOException e) {
            throw new SigningException(SigningException.Reason.REMOTE_SIGNING,
                    "The signing service at " + base + " cannot be reached: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SigningException(SigningException.Reason.REMOTE_SIGNING, "Interrupted while waiting for " + method, e);
        }
    }
}
