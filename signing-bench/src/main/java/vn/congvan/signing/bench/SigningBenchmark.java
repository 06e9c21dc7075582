package vn.congvan.signing.bench;

import eu.europa.esig.dss.alert.LogOnStatusAlert;
import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.service.crl.OnlineCRLSource;
import eu.europa.esig.dss.service.ocsp.OnlineOCSPSource;
import eu.europa.esig.dss.service.tsp.OnlineTSPSource;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.spi.x509.aia.DefaultAIASource;
import eu.europa.esig.dss.token.DSSPrivateKeyEntry;
import eu.europa.esig.dss.token.Pkcs12SignatureToken;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import eu.europa.esig.dss.validation.reports.Reports;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import vn.congvan.signing.PadesLevel;
import vn.congvan.signing.PdfSigningService;
import vn.congvan.signing.SignRequest;
import vn.congvan.signing.SigningConfig;
import vn.congvan.signing.TestDocs;
import vn.congvan.signing.keys.KeySource;
import vn.congvan.signing.testpki.TestPki;
import vn.congvan.signing.verify.SignatureVerifier;
import vn.congvan.signing.verify.VerificationReport;
import vn.congvan.signing.verify.VerifyConfig;

import java.io.ByteArrayOutputStream;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.concurrent.TimeUnit;

/**
 * PAdES B-B and B-LT signing and verification of a 1-page PDF and a 1 MB PDF: the signing module
 * (iText 9.5.0) and EU DSS 6.4 (PDFBox) in the same run, same key, same TSA/OCSP/CRL on 127.0.0.1.
 * Verification: both verify the same files (made by the signing module), with revocation checks.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 4, time = 3)
@Fork(value = 1, jvmArgs = {"-Xmx2g", "-Djava.net.preferIPv4Stack=true"})
@State(Scope.Benchmark)
public class SigningBenchmark {

    @Param({"1page", "1MB"})
    public String doc;

    TestPki pki;
    TestPki.Identity signer;
    KeySource key;
    PdfSigningService ours;
    SignatureVerifier ourVerifier;
    byte[] pdf;
    byte[] signedBB;
    byte[] signedBLT;

    Pkcs12SignatureToken dssToken;
    DSSPrivateKeyEntry dssKey;
    PAdESService dssService;
    CommonCertificateVerifier dssVerifier;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        pki = TestPki.start();
        signer = pki.signer("CN=Nguyễn Văn An,T=Chủ tịch,O=UBND tỉnh Hà Giang,C=VN");
        key = signer.keySource();
        ours = new PdfSigningService(SigningConfig.defaults().withTsa(pki.tsaUrl()).withTrustAnchors(pki.trustAnchors()));
        ourVerifier = new SignatureVerifier(VerifyConfig.of(pki.trustAnchors()));
        pdf = "1MB".equals(doc) ? TestDocs.large(1 << 20) : TestDocs.congVan(1, 3);
        signedBB = ours.sign(pdf, key, SignRequest.of(PadesLevel.B_B, null));
        signedBLT = ours.sign(pdf, key, SignRequest.of(PadesLevel.B_LT, null));

        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry("signer", signer.key(), "pw".toCharArray(), signer.chain().toArray(new Certificate[0]));
        ByteArrayOutputStream p12 = new ByteArrayOutputStream();
        ks.store(p12, "pw".toCharArray());
        dssToken = new Pkcs12SignatureToken(p12.toByteArray(), new KeyStore.PasswordProtection("pw".toCharArray()));
        dssKey = dssToken.getKeys().get(0);

        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        trusted.addCertificate(new CertificateToken(pki.root));
        dssVerifier = new CommonCertificateVerifier();
        dssVerifier.setTrustedCertSources(trusted);
        dssVerifier.setOcspSource(new OnlineOCSPSource());
        dssVerifier.setCrlSource(new OnlineCRLSource());
        dssVerifier.setAIASource(new DefaultAIASource());
        dssVerifier.setAlertOnNoRevocationAfterBestSignatureTime(new LogOnStatusAlert());
        dssVerifier.setAlertOnMissingRevocationData(new LogOnStatusAlert());
        dssService = new PAdESService(dssVerifier);
        dssService.setTspSource(new OnlineTSPSource(pki.tsaUrl()));

        // sanity: every output verifies, on both sides, before anything is measured
        check(ourVerify(signedBB), "ours B-B");
        check(ourVerify(signedBLT), "ours B-LT");
        check(ourVerify(dssSign(SignatureLevel.PAdES_BASELINE_B)), "DSS B-B checked by ours");
        check(ourVerify(dssSign(SignatureLevel.PAdES_BASELINE_LT)), "DSS B-LT checked by ours");
        Reports bb = dssValidate(signedBB);
        Reports lt = dssValidate(signedBLT);
        System.out.println("[setup] " + doc + ": DSS validates our B-B as " + summary(bb) + ", our B-LT as " + summary(lt));
    }

    private static String summary(Reports r) {
        String id = r.getSimpleReport().getFirstSignatureId();
        return r.getSimpleReport().getIndication(id) + "/" + r.getSimpleReport().getSignatureFormat(id);
    }

    private static void check(VerificationReport r, String what) {
        if (!r.valid()) {
            throw new IllegalStateException(what + " does not verify: " + r.summary());
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        pki.close();
    }

    // ---------------------------------------------------------------- ours (iText 9.5.0)

    @Benchmark
    public byte[] oursSignBB() throws Exception {
        return ours.sign(pdf, key, SignRequest.of(PadesLevel.B_B, null));
    }

    @Benchmark
    public byte[] oursSignBLT() throws Exception {
        return ours.sign(pdf, key, SignRequest.of(PadesLevel.B_LT, null));
    }

    @Benchmark
    public VerificationReport oursVerifyBB() throws Exception {
        return ourVerify(signedBB);
    }

    @Benchmark
    public VerificationReport oursVerifyBLT() throws Exception {
        return ourVerify(signedBLT);
    }

    private VerificationReport ourVerify(byte[] file) throws Exception {
        return ourVerifier.verify(file, "bench.pdf");
    }

    // ---------------------------------------------------------------- EU DSS 6.4 (PDFBox)

    @Benchmark
    public byte[] dssSignBB() throws Exception {
        return dssSign(SignatureLevel.PAdES_BASELINE_B);
    }

    @Benchmark
    public byte[] dssSignBLT() throws Exception {
        return dssSign(SignatureLevel.PAdES_BASELINE_LT);
    }

    @Benchmark
    public Indication dssVerifyBB() {
        Reports r = dssValidate(signedBB);
        return r.getSimpleReport().getIndication(r.getSimpleReport().getFirstSignatureId());
    }

    @Benchmark
    public Indication dssVerifyBLT() {
        Reports r = dssValidate(signedBLT);
        return r.getSimpleReport().getIndication(r.getSimpleReport().getFirstSignatureId());
    }

    private byte[] dssSign(SignatureLevel level) throws Exception {
        PAdESSignatureParameters p = new PAdESSignatureParameters();
        p.setSignatureLevel(level);
        p.setDigestAlgorithm(DigestAlgorithm.SHA256);
        p.setSigningCertificate(dssKey.getCertificate());
        p.setCertificateChain(dssKey.getCertificateChain());
        DSSDocument in = new InMemoryDocument(pdf);
        ToBeSigned tbs = dssService.getDataToSign(in, p);
        SignatureValue value = dssToken.sign(tbs, DigestAlgorithm.SHA256, dssKey);
        DSSDocument out = dssService.signDocument(in, p, value);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(pdf.length + 65536);
        out.writeTo(bytes);
        return bytes.toByteArray();
    }

    private Reports dssValidate(byte[] file) {
        SignedDocumentValidator v = SignedDocumentValidator.fromDocument(new InMemoryDocument(file));
        v.setCertificateVerifier(dssVerifier);
        return v.validateDocument();
    }
}
