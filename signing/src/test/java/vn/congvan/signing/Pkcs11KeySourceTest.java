package vn.congvan.signing;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.signatures.SignatureUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.congvan.signing.appearance.Appearance;
import vn.congvan.signing.keys.Pkcs11KeySource;
import vn.congvan.signing.testpki.SharedPki;
import vn.congvan.signing.testpki.TestPki;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.Provider;
import java.security.cert.Certificate;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A PKCS#11 token through SunPKCS11, played by SoftHSM2: the test makes its own token under target/
 * (SOFTHSM2_CONF is set by the surefire configuration before the JVM starts, as the library reads it once).
 */
class Pkcs11KeySourceTest {

    static final String PIN = "5678";
    static final String LIBRARY = Stream.of("/usr/lib/softhsm/libsofthsm2.so",
                    "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so")
            .filter(p -> Files.exists(Path.of(p))).findFirst().orElse(null);
    static long slot;
    static TestPki.Identity identity;

    @BeforeAll
    static void token() throws Exception {
        assumeTrue(Tools.available("softhsm2-util"),
                "softhsm2-util is not installed (Debian package softhsm2): PKCS#11 test skipped");
        assumeTrue(LIBRARY != null, "libsofthsm2.so not found (Debian package softhsm2): PKCS#11 test skipped");
        String confPath = System.getenv("SOFTHSM2_CONF");
        assertNotNull(confPath, "surefire must set SOFTHSM2_CONF");
        Path conf = Path.of(confPath);
        Path tokens = conf.resolveSibling("tokens");
        if (Files.exists(tokens)) {
            try (Stream<Path> s = Files.walk(tokens)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(tokens);
        Files.writeString(conf, "directories.tokendir = " + tokens + "\nobjectstore.backend = file\nlog.level = ERROR\n");

        Tools.Result init = Tools.run(List.of("softhsm2-util", "--init-token", "--free", "--label", "congvan-test",
                "--so-pin", "12345678", "--pin", PIN));
        assertEquals(0, init.exit(), init.output());
        Matcher m = Pattern.compile("slot (\\d+)").matcher(init.output());
        assertTrue(m.find(), init.output());
        slot = Long.parseLong(m.group(1));

        // put the leader's key and chain on the token through SunPKCS11 (C_CreateObject)
        identity = SharedPki.get().signer("CN=Trần Thị Bình,T=Phó Chủ tịch,O=UBND tỉnh Hà Giang,C=VN");
        Provider p11 = Pkcs11KeySource.provider(LIBRARY, slot);
        KeyStore ks = KeyStore.getInstance("PKCS11", p11);
        ks.load(null, PIN.toCharArray());
        ks.setKeyEntry("leader", identity.key(), null, identity.chain().toArray(new Certificate[0]));
        // the login state is per token for the whole process: log out so that each test logs in itself
        ((java.security.AuthProvider) p11).logout();
    }

    @Test
    void signsWithTheKeyOnTheToken() throws Exception {
        TestPki pki = SharedPki.get();
        PdfSigningService service = new PdfSigningService(SigningConfig.defaults().withTsa(pki.tsaUrl())
                .withTrustAnchors(pki.trustAnchors()));
        try (Pkcs11KeySource key = Pkcs11KeySource.open(LIBRARY, slot, PIN.toCharArray(), "leader")) {
            assertEquals(identity.cert(), key.certificateChain().get(0));
            byte[] signed = service.sign(TestDocs.congVan(1, 2), key, SignRequest.of(PadesLevel.B_T,
                    new Appearance.LeaderSignature(TestDocs.signaturePng(), TestDocs.TITLE, TestDocs.NAME, null)));
            try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(signed)))) {
                var p7 = new SignatureUtil(pdf).readSignatureData("Signature1");
                assertTrue(p7.verifySignatureIntegrityAndAuthenticity());
                assertEquals(identity.cert(), p7.getSigningCertificate());
            }
        }
    }

    @Test
    void wrongPinIsAClearError() {
        SigningException e = assertThrows(SigningException.class,
                () -> Pkcs11KeySource.open(LIBRARY, slot, "0000".toCharArray(), null));
        assertEquals(SigningException.Reason.WRONG_PASSWORD, e.reason(), e.getMessage());
    }
}
