package vn.congvan.signing.testpki;

import java.io.IOException;
import java.io.UncheckedIOException;

/** One test PKI per test JVM (key generation and the server are shared by the test classes). */
public final class SharedPki {
    private static TestPki pki;
    private static TestPki.Identity leader;
    private static TestPki.Identity agency;

    private SharedPki() {
    }

    public static synchronized TestPki get() {
        if (pki == null) {
            try {
                pki = TestPki.start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            leader = pki.signer("CN=Nguyễn Văn An,T=Chủ tịch,O=UBND tỉnh Hà Giang,C=VN");
            agency = pki.signer("CN=UBND tỉnh Hà Giang,O=UBND tỉnh Hà Giang,C=VN");
            Runtime.getRuntime().addShutdownHook(new Thread(pki::close));
        }
        return pki;
    }

    public static synchronized TestPki.Identity leader() {
        get();
        return leader;
    }

    public static synchronized TestPki.Identity agency() {
        get();
        return agency;
    }
}
