package vn.congvan.signing.testpki;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.Req;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.bouncycastle.cert.ocsp.jcajce.JcaBasicOCSPRespBuilder;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import vn.congvan.signing.keys.KeySource;
import vn.congvan.signing.keys.InMemoryKeySource;
import vn.congvan.signing.pki.CertificateIssuer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * A small PKI for tests, all on 127.0.0.1: root CA, intermediate CA, end-entity signers, an RFC 3161
 * time-stamping authority, an OCSP responder (delegated, id-pkix-ocsp-nocheck) and CRLs for both CAs.
 */
public final class TestPki implements AutoCloseable {

    static {
        // the JDK HTTP server otherwise writes headers and body in separate TCP segments with Nagle on:
        // each response then waits ~40 ms for the client's delayed ACK (real TSA/OCSP servers do not)
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    public static final String TSA_POLICY = "1.2.704.1.1";

    public record Identity(PrivateKey key, List<X509Certificate> chain) {
        public X509Certificate cert() {
            return chain.get(0);
        }

        public KeySource keySource() {
            return new InMemoryKeySource(key, chain);
        }

        public void writePkcs12(Path file, char[] password) throws Exception {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            ks.setKeyEntry("signer", key, password, chain.toArray(new Certificate[0]));
            try (OutputStream out = Files.newOutputStream(file)) {
                ks.store(out, password);
            }
        }
    }

    private final HttpServer server;
    private final String base;
    public final KeyPair rootKeys;
    public final X509Certificate root;
    public final KeyPair intermediateKeys;
    public final X509Certificate intermediate;
    public final Identity tsa;
    public final Identity ocspResponder;
    private final Map<BigInteger, Date> revoked = new ConcurrentHashMap<>();
    public final AtomicInteger tsaRequests = new AtomicInteger();
    public final AtomicInteger ocspRequests = new AtomicInteger();
    public final AtomicInteger crlRequests = new AtomicInteger();
    private final AtomicInteger serials = new AtomicInteger(1);

    private TestPki() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "test-pki");
            t.setDaemon(true);
            return t;
        }));
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        Instant now = Instant.now();
        rootKeys = CertificateIssuer.rsaKeyPair(2048);
        root = CertificateIssuer.spec("CN=CongVan Test Root CA,O=CongVan Test,C=VN", rootKeys)
                .ca(1).validity(now.minusSeconds(86400 * 30L), now.plusSeconds(86400 * 3650L)).issue();
        intermediateKeys = CertificateIssuer.rsaKeyPair(2048);
        intermediate = CertificateIssuer.spec("CN=CongVan Test Issuing CA,O=CongVan Test,C=VN", intermediateKeys)
                .issuer(root, rootKeys.getPrivate()).ca(0)
                .validity(now.minusSeconds(86400 * 20L), now.plusSeconds(86400 * 1800L))
                .crl(base + "/crl/root.crl").caIssuers(base + "/certs/root.cer").issue();
        tsa = issue("CN=CongVan Test TSA,O=CongVan Test,C=VN", CertificateIssuer.Spec::timeStamping);
        ocspResponder = issue("CN=CongVan Test OCSP,O=CongVan Test,C=VN", CertificateIssuer.Spec::ocspSigning);

        server.createContext("/tsa", this::tsa);
        server.createContext("/ocsp", this::ocsp);
        server.createContext("/crl/", this::crl);
        server.createContext("/certs/", this::certs);
        server.start();
    }

    public static TestPki start() throws IOException {
        return new TestPki();
    }

    public String baseUrl() {
        return base;
    }

    public String tsaUrl() {
        return base + "/tsa";
    }

    public List<X509Certificate> trustAnchors() {
        return List.of(root);
    }

    /** An end-entity certificate from the intermediate CA, with OCSP, CRL and caIssuers pointers. */
    public Identity issue(String subject, UnaryOperator<CertificateIssuer.Spec> customise) {
        KeyPair kp = CertificateIssuer.rsaKeyPair(2048);
        CertificateIssuer.Spec spec = CertificateIssuer.spec(subject, kp).issuer(intermediate, intermediateKeys.getPrivate())
                .serial(BigInteger.valueOf(1000 + serials.incrementAndGet()))
                .validity(Instant.now().minusSeconds(86400), Instant.now().plusSeconds(86400 * 365L))
                .ocsp(base + "/ocsp").crl(base + "/crl/intermediate.crl").caIssuers(base + "/certs/intermediate.cer");
        X509Certificate cert = customise.apply(spec).issue();
        return new Identity(kp.getPrivate(), List.of(cert, intermediate, root));
    }

    /** An ECDSA P-256 end-entity certificate from the (RSA) intermediate CA. */
    public Identity ecSigner(String subject) {
        KeyPair kp = CertificateIssuer.ecKeyPair();
        X509Certificate cert = CertificateIssuer.spec(subject, kp).issuer(intermediate, intermediateKeys.getPrivate())
                .serial(BigInteger.valueOf(1000 + serials.incrementAndGet()))
                .validity(Instant.now().minusSeconds(86400), Instant.now().plusSeconds(86400 * 365L))
                .ocsp(base + "/ocsp").crl(base + "/crl/intermediate.crl").caIssuers(base + "/certs/intermediate.cer")
                .issue();
        return new Identity(kp.getPrivate(), List.of(cert, intermediate, root));
    }

    public Identity signer(String subject) {
        return issue(subject, s -> s);
    }

    public void revoke(X509Certificate cert) {
        revoked.put(cert.getSerialNumber(), new Date(System.currentTimeMillis() - 1000));
    }

    @Override
    public void close() {
        server.stop(0);
    }

    // ---- handlers

    private void tsa(HttpExchange ex) throws IOException {
        tsaRequests.incrementAndGet();
        try (ex) {
            TimeStampRequest req = new TimeStampRequest(readAll(ex.getRequestBody()));
            DigestCalculator sha256 = new JcaDigestCalculatorProviderBuilder().build()
                    .get(new org.bouncycastle.asn1.x509.AlgorithmIdentifier(
                            org.bouncycastle.asn1.nist.NISTObjectIdentifiers.id_sha256));
            TimeStampTokenGenerator gen = new TimeStampTokenGenerator(
                    new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                            .build(new JcaContentSignerBuilder("SHA256withRSA").build(tsa.key()), tsa.cert()),
                    sha256, new ASN1ObjectIdentifier(TSA_POLICY));
            gen.addCertificates(new JcaCertStore(List.of(tsa.cert(), intermediate)));
            TimeStampResponse res = new TimeStampResponseGenerator(gen, TSPAlgorithms.ALLOWED)
                    .generateGrantedResponse(req, BigInteger.valueOf(System.nanoTime()), new Date());
            send(ex, "application/timestamp-reply", res.getEncoded());
        } catch (Exception e) {
            ex.sendResponseHeaders(500, -1);
        }
    }

    private void ocsp(HttpExchange ex) throws IOException {
        ocspRequests.incrementAndGet();
        try (ex) {
            byte[] body;
            if ("GET".equals(ex.getRequestMethod())) {
                String path = ex.getRequestURI().getRawPath();
                String b64 = java.net.URLDecoder.decode(path.substring(path.indexOf("/ocsp/") + 6), "UTF-8");
                body = Base64.getDecoder().decode(b64);
            } else {
                body = readAll(ex.getRequestBody());
            }
            OCSPReq req = new OCSPReq(body);
            DigestCalculator sha1 = new JcaDigestCalculatorProviderBuilder().build().get(CertificateID.HASH_SHA1);
            BasicOCSPRespBuilder b = new JcaBasicOCSPRespBuilder(ocspResponder.cert().getPublicKey(), sha1);
            X509CertificateHolder issuerHolder = new JcaX509CertificateHolder(intermediate);
            Date now = new Date();
            Date next = new Date(now.getTime() + 86400_000L);
            for (Req r : req.getRequestList()) {
                CertificateID id = r.getCertID();
                CertificateStatus status;
                if (!id.matchesIssuer(issuerHolder, new JcaDigestCalculatorProviderBuilder().build())) {
                    status = new UnknownStatus();
                } else if (revoked.containsKey(id.getSerialNumber())) {
                    status = new RevokedStatus(revoked.get(id.getSerialNumber()), CRLReason.keyCompromise);
                } else {
                    status = CertificateStatus.GOOD;
                }
                b.addResponse(id, status, new Date(now.getTime() - 1000), next, null);
            }
            Extension nonce = req.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
            if (nonce != null) {
                b.setResponseExtensions(new Extensions(nonce));
            }
            var basic = b.build(new JcaContentSignerBuilder("SHA256withRSA").build(ocspResponder.key()),
                    new X509CertificateHolder[]{new JcaX509CertificateHolder(ocspResponder.cert())}, now);
            OCSPResp resp = new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, basic);
            send(ex, "application/ocsp-response", resp.getEncoded());
        } catch (Exception e) {
            ex.sendResponseHeaders(500, -1);
        }
    }

    private void crl(HttpExchange ex) throws IOException {
        crlRequests.incrementAndGet();
        try (ex) {
            String path = ex.getRequestURI().getPath();
            X509Certificate issuer = path.endsWith("/root.crl") ? root : intermediate;
            PrivateKey key = path.endsWith("/root.crl") ? rootKeys.getPrivate() : intermediateKeys.getPrivate();
            Date now = new Date();
            X509v2CRLBuilder b = new X509v2CRLBuilder(X500Name.getInstance(issuer.getSubjectX500Principal().getEncoded()),
                    new Date(now.getTime() - 1000));
            b.setNextUpdate(new Date(now.getTime() + 86400_000L));
            b.addExtension(Extension.authorityKeyIdentifier, false,
                    new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(issuer));
            b.addExtension(Extension.cRLNumber, false, new org.bouncycastle.asn1.x509.CRLNumber(BigInteger.valueOf(now.getTime())));
            if (issuer == intermediate) {
                revoked.forEach((serial, date) -> b.addCRLEntry(serial, date, CRLReason.keyCompromise));
            }
            byte[] crl = new JcaX509CRLConverter().getCRL(b.build(new JcaContentSignerBuilder("SHA256withRSA").build(key)))
                    .getEncoded();
            send(ex, "application/pkix-crl", crl);
        } catch (Exception e) {
            ex.sendResponseHeaders(500, -1);
        }
    }

    private void certs(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            X509Certificate c = path.endsWith("/root.cer") ? root : intermediate;
            send(ex, "application/pkix-cert", c.getEncoded());
        } catch (java.security.cert.CertificateEncodingException e) {
            ex.sendResponseHeaders(500, -1);
        }
    }

    private static void send(HttpExchange ex, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(200, body.length);
        ex.getResponseBody().write(body);
    }

    private static byte[] readAll(InputStream in) throws IOException {
        return in.readAllBytes();
    }

    /** Key usage without digitalSignature, for the refusal test. */
    public static int NON_REPUDIATION_ONLY = KeyUsage.nonRepudiation;

    static List<X509Certificate> list(X509Certificate... c) {
        return new ArrayList<>(List.of(c));
    }
}
