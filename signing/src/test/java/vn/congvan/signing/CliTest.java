package vn.congvan.signing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvan.signing.cli.SigningCli;
import vn.congvan.signing.pki.Pem;
import vn.congvan.signing.testpki.SharedPki;
import vn.congvan.signing.testpki.TestPki;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** The command-line tool, and bad input: a clear error and no output file left behind. */
class CliTest {

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    static Run cli(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new SigningCli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env).run(args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void demoPkiThenSignThenVerify() throws Exception {
        Path pki = dir.resolve("pki");
        Run demo = cli(Map.of("P12_PASSWORD", "s3cret"), "demo-pki", "--out", pki.toString(),
                "--password-env", "P12_PASSWORD", "--name", TestDocs.NAME);
        assertEquals(0, demo.exit(), demo.err());
        assertTrue(Files.exists(pki.resolve("signer.p12")));
        assertTrue(Files.exists(pki.resolve("trust-anchors.pem")));

        Path in = dir.resolve("congvan.pdf");
        Files.write(in, TestDocs.congVan(1, 2));
        Path out = dir.resolve("congvan-signed.pdf");
        Run sign = cli(Map.of("P12_PASSWORD", "s3cret"), "sign", "--in", in.toString(), "--out", out.toString(),
                "--p12", pki.resolve("signer.p12").toString(), "--password-env", "P12_PASSWORD",
                "--leader-image", pki.resolve("signature.png").toString(), "--title", TestDocs.TITLE,
                "--name", TestDocs.NAME, "--reason", "Phê duyệt");
        assertEquals(0, sign.exit(), sign.err());
        assertTrue(Files.size(out) > Files.size(in));

        // demo certificates carry no OCSP/CRL address: without revocation data the result is INDETERMINATE
        Run noCrl = cli(Map.of(), "verify", "--in", out.toString(), "--trust", pki.resolve("trust-anchors.pem").toString());
        assertEquals(SigningCli.NOT_VALID, noCrl.exit(), noCrl.out());
        assertTrue(noCrl.out().contains("INDETERMINATE"), noCrl.out());
        // with the demo CA's CRL it is VALID
        Run verify = cli(Map.of(), "verify", "--in", out.toString(), "--trust", pki.resolve("trust-anchors.pem").toString(),
                "--crl", pki.resolve("demo-root-ca.crl").toString());
        assertEquals(0, verify.exit(), verify.out() + verify.err());
        JsonNode json = new ObjectMapper().readTree(verify.out());
        assertTrue(json.path("valid").asBoolean());
        assertEquals("VALID", json.path("signatures").get(0).path("status").asText());
        assertEquals("B-B", json.path("signatures").get(0).path("padesLevel").asText());
        assertEquals("Phê duyệt", json.path("signatures").get(0).path("reason").asText());
        assertEquals("configured", json.path("signatures").get(0).path("revocation").path("source").asText());
        assertTrue(verify.err().startsWith("HỢP LỆ / VALID"), verify.err());

        // a flipped byte: exit 1
        byte[] bytes = Files.readAllBytes(out);
        bytes[VerificationTest.indexOf(bytes, "stream".getBytes(StandardCharsets.US_ASCII), 200) + 20] ^= 0x01;
        Path bad = dir.resolve("tampered.pdf");
        Files.write(bad, bytes);
        Run verifyBad = cli(Map.of(), "verify", "--in", bad.toString(), "--trust", pki.resolve("trust-anchors.pem").toString(),
                "--crl", pki.resolve("demo-root-ca.crl").toString());
        assertEquals(SigningCli.NOT_VALID, verifyBad.exit(), verifyBad.out() + verifyBad.err());
        assertFalse(new ObjectMapper().readTree(verifyBad.out()).path("valid").asBoolean());
    }

    // ---------------------------------------------------------------- bad input

    private Path p12(TestPki.Identity id, String password) throws Exception {
        Path f = dir.resolve("key-" + id.cert().getSerialNumber() + ".p12");
        id.writePkcs12(f, password.toCharArray());
        return f;
    }

    private Path anchors() throws Exception {
        Path f = dir.resolve("anchors.pem");
        Files.writeString(f, Pem.toPem(SharedPki.get().trustAnchors()));
        return f;
    }

    /** Runs sign and checks: exit 3, the reason on stderr, and nothing written next to the input. */
    private void refused(SigningException.Reason reason, byte[] pdf, Path key, String password, String... extra)
            throws Exception {
        Path work = Files.createDirectories(dir.resolve("work-" + reason));
        Path in = work.resolve("in.pdf");
        Files.write(in, pdf);
        Path out = work.resolve("out.pdf");
        List<String> args = new ArrayList<>(List.of("sign", "--in", in.toString(), "--out", out.toString(),
                "--p12", key.toString(), "--password-env", "PW"));
        args.addAll(List.of(extra));
        Run r = cli(Map.of("PW", password), args.toArray(new String[0]));
        assertEquals(SigningCli.ERROR, r.exit(), r.err());
        assertTrue(r.err().contains("[" + reason + "]"), r.err());
        try (Stream<Path> files = Files.list(work)) {
            assertEquals(List.of(in), files.toList(), "no output or partial file left behind");
        }
    }

    @Test
    void encryptedPdf() throws Exception {
        refused(SigningException.Reason.ENCRYPTED_PDF, TestDocs.encrypted(), p12(SharedPki.leader(), "pw"), "pw");
    }

    @Test
    void brokenPdf() throws Exception {
        byte[] pdf = TestDocs.congVan(1, 1);
        byte[] broken = new byte[pdf.length / 2];
        System.arraycopy(pdf, 0, broken, 0, broken.length);
        for (int i = 200; i < broken.length; i += 7) {
            broken[i] = 'x';
        }
        refused(SigningException.Reason.INVALID_PDF, broken, p12(SharedPki.leader(), "pw"), "pw");
        refused(SigningException.Reason.INVALID_PDF, "not a pdf at all".getBytes(StandardCharsets.US_ASCII),
                p12(SharedPki.leader(), "pw"), "pw");
    }

    @Test
    void wrongPassword() throws Exception {
        refused(SigningException.Reason.WRONG_PASSWORD, TestDocs.congVan(1, 1), p12(SharedPki.leader(), "right"), "wrong");
    }

    @Test
    void expiredAndNotYetValidCertificates() throws Exception {
        TestPki pki = SharedPki.get();
        TestPki.Identity expired = pki.issue("CN=Expired,O=UBND,C=VN",
                s -> s.validity(Instant.now().minusSeconds(86400 * 10L), Instant.now().minusSeconds(86400)));
        refused(SigningException.Reason.CERTIFICATE_EXPIRED, TestDocs.congVan(1, 1), p12(expired, "pw"), "pw");
        TestPki.Identity future = pki.issue("CN=Future,O=UBND,C=VN",
                s -> s.validity(Instant.now().plusSeconds(86400), Instant.now().plusSeconds(86400 * 10L)));
        refused(SigningException.Reason.CERTIFICATE_NOT_YET_VALID, TestDocs.congVan(1, 1), p12(future, "pw"), "pw");
    }

    @Test
    void keyWithoutDigitalSignatureUsage() throws Exception {
        TestPki.Identity noDs = SharedPki.get().issue("CN=Encipherment only,O=UBND,C=VN",
                s -> s.keyUsage(KeyUsage.keyEncipherment | KeyUsage.nonRepudiation));
        refused(SigningException.Reason.KEY_USAGE, TestDocs.congVan(1, 1), p12(noDs, "pw"), "pw");
    }

    @Test
    void tsaUnreachable() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        refused(SigningException.Reason.TSA_UNAVAILABLE, TestDocs.congVan(1, 1), p12(SharedPki.leader(), "pw"), "pw",
                "--level", "B-T", "--tsa", "http://127.0.0.1:" + port + "/tsa", "--trust", anchors().toString());
    }

    @Test
    void revocationUnreachableForBLt() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        String dead = "http://127.0.0.1:" + port;
        TestPki.Identity noRevocation = SharedPki.get().issue("CN=No revocation service,O=UBND,C=VN",
                s -> s.ocsp(dead + "/ocsp").crl(dead + "/crl.crl"));
        refused(SigningException.Reason.REVOCATION_UNAVAILABLE, TestDocs.congVan(1, 1), p12(noRevocation, "pw"), "pw",
                "--level", "B-LT", "--tsa", SharedPki.get().tsaUrl(), "--trust", anchors().toString());
    }

    @Test
    void missingFontForTheAttachmentStamp() throws Exception {
        refused(SigningException.Reason.APPEARANCE, TestDocs.congVan(1, 1), p12(SharedPki.agency(), "pw"), "pw",
                "--attachment-text", "Số: 45/KH-UBND", "--font", dir.resolve("no-such-font.ttf").toString());
    }

    @Test
    void aFontWithoutVietnameseIsRefused() throws Exception {
        Path old = Path.of("/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(old), "fonts-liberation 1.x not installed");
        refused(SigningException.Reason.APPEARANCE, TestDocs.congVan(1, 1), p12(SharedPki.agency(), "pw"), "pw",
                "--attachment-text", "Số: 45/KH-UBND — Chủ tịch", "--font", old.toString());
    }

    @Test
    void usageErrors() {
        assertEquals(SigningCli.USAGE, cli(Map.of()).exit());
        assertEquals(SigningCli.USAGE, cli(Map.of(), "sign", "--in").exit());
        Run r = cli(Map.of(), "verify", "--in", "x.pdf");
        assertEquals(SigningCli.USAGE, r.exit());
        assertTrue(r.err().contains("--trust"), r.err());
    }
}
