package vn.congvan.application.signature;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Base64;

/** Asks a TSA for one RFC 3161 timestamp of a random value, to show the administrator it answers. */
final class TsaProbe {

    /** Why a TSA test failed, in words for the administrator. */
    static final class Failure extends Exception {
        Failure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private TsaProbe() {
    }

    static SigningConfigurationView.TsaTest probe(SigningSetup.Tsa tsa, Duration timeout) throws Failure {
        ASN1ObjectIdentifier oid = switch (tsa.hashAlgorithm()) {
            case "SHA-384" -> NISTObjectIdentifiers.id_sha384;
            case "SHA-512" -> NISTObjectIdentifiers.id_sha512;
            default -> NISTObjectIdentifiers.id_sha256;
        };
        byte[] nonceBytes = new byte[8];
        SecureRandom random = new SecureRandom();
        random.nextBytes(nonceBytes);
        byte[] data = new byte[32];
        random.nextBytes(data);
        byte[] imprint;
        try {
            imprint = MessageDigest.getInstance(tsa.hashAlgorithm()).digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new Failure("unsupported hash " + tsa.hashAlgorithm(), e);
        }
        TimeStampRequestGenerator gen = new TimeStampRequestGenerator();
        gen.setCertReq(true);
        BigInteger nonce = new BigInteger(1, nonceBytes);
        TimeStampRequest request = gen.generate(oid, imprint, nonce);
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(tsa.url())).timeout(timeout)
                    .header("Content-Type", "application/timestamp-query")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded()));
            if (tsa.username() != null && !tsa.username().isEmpty()) {
                b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (tsa.username() + ":" + (tsa.password() == null ? "" : tsa.password())).getBytes(StandardCharsets.UTF_8)));
            }
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
            HttpResponse<byte[]> res = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (res.statusCode() != 200) {
                throw new Failure("HTTP " + res.statusCode(), null);
            }
            TimeStampResponse response = new TimeStampResponse(res.body());
            response.validate(request);
            TimeStampToken token = response.getTimeStampToken();
            if (token == null) {
                throw new Failure("status " + response.getStatus() + (response.getStatusString() == null ? ""
                        : " " + response.getStatusString()), null);
            }
            String authority = token.getTimeStampInfo().getTsa() != null ? token.getTimeStampInfo().getTsa().getName().toString()
                    : token.getSID().getIssuer() != null ? "issued by " + token.getSID().getIssuer() : "";
            var certs = token.getCertificates().getMatches(token.getSID());
            if (!certs.isEmpty()) {
                authority = ((org.bouncycastle.cert.X509CertificateHolder) certs.iterator().next()).getSubject().toString();
            }
            return new SigningConfigurationView.TsaTest(
                    token.getTimeStampInfo().getGenTime().toInstant().atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toOffsetDateTime().toString(),
                    authority, token.getTimeStampInfo().getSerialNumber().toString(16), tsa.hashAlgorithm(),
                    token.getTimeStampInfo().getPolicy().getId());
        } catch (IOException e) {
            throw new Failure(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
        } catch (TSPException | IllegalArgumentException e) {
            throw new Failure("bad answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure("interrupted", e);
        }
    }
}
