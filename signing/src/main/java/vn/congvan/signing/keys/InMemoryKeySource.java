package vn.congvan.signing.keys;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/** A private key already loaded (from the application's protected key store, or tests). */
public final class InMemoryKeySource extends JcaKeySource {
    public InMemoryKeySource(PrivateKey key, List<X509Certificate> chain) {
        super(key, chain, null);
    }
}
