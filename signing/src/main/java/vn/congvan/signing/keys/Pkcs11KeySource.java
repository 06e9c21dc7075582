package vn.congvan.signing.keys;

import vn.congvan.signing.SigningException;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Security;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A key on a PKCS#11 token (USB token, HSM) through the JDK's SunPKCS11 provider.
 * The certificate chain is read from the token (objects with the key's CKA_ID).
 */
public final class Pkcs11KeySource extends JcaKeySource {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final Provider provider;

    private Pkcs11KeySource(PrivateKey key, List<java.security.cert.X509Certificate> chain, Provider provider) {
        super(key, chain, provider);
        this.provider = provider;
    }

    /**
     * @param library PKCS#11 module, e.g. /usr/lib/softhsm/libsofthsm2.so
     * @param slot    the slot id, or -1 for the first slot with a token
     * @param pin     user PIN
     * @param alias   the key's label (CKA_LABEL), or null for the first key
     */
    public static Pkcs11KeySource open(String library, long slot, char[] pin, String alias) throws SigningException {
        Provider provider = provider(library, slot);
        KeyStore ks;
        try {
            ks = KeyStore.getInstance("PKCS11", provider);
            ks.load(null, pin);
        } catch (IOException e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            String msg = String.valueOf(root.getMessage());
            if (root instanceof javax.security.auth.login.FailedLoginException || msg.contains("CKR_PIN_INCORRECT")) {
                throw new SigningException(SigningException.Reason.WRONG_PASSWORD, "Wrong PIN for the token", e);
            }
            throw new SigningException(SigningException.Reason.KEY_NOT_FOUND, "The token cannot be opened: " + msg, e);
        } catch (GeneralSecurityException e) {
            throw new SigningException(SigningException.Reason.KEY_NOT_FOUND, "The token cannot be opened: " + e.getMessage(), e);
        }
        try {
            String chosen = alias;
            if (chosen == null) {
                for (String a : Collections.list(ks.aliases())) {
                    if (ks.isKeyEntry(a)) {
                        chosen = a;
                        break;
                    }
                }
            }
            if (chosen == null || !ks.isKeyEntry(chosen)) {
                throw new SigningException(SigningException.Reason.KEY_NOT_FOUND,
                        "No private key with a certificate " + (alias == null ? "" : "'" + alias + "' ") + "on the token");
            }
            PrivateKey key = (PrivateKey) ks.getKey(chosen, null);
            return new Pkcs11KeySource(key, Pkcs12KeySource.chain(ks.getCertificateChain(chosen)), provider);
        } catch (GeneralSecurityException e) {
            throw new SigningException(SigningException.Reason.KEY_NOT_FOUND, "Cannot read the key on the token", e);
        }
    }

    /** A configured SunPKCS11 provider instance for the module and slot (not added to the global list). */
    public static Provider provider(String library, long slot) throws SigningException {
        Provider base = Security.getProvider("SunPKCS11");
        if (base == null) {
            throw new SigningException(SigningException.Reason.KEY_NOT_FOUND, "This JDK has no SunPKCS11 provider");
        }
        String config = "--name=congvan" + COUNTER.incrementAndGet() + "\n"
                + "library=" + library + "\n"
                + (slot >= 0 ? "slot=" + slot + "\n" : "slotListIndex=0\n");
        try {
            return base.configure(config);
        } catch (RuntimeException e) {
            throw new SigningException(SigningException.Reason.KEY_NOT_FOUND,
                    "The PKCS#11 module " + library + " cannot be loaded: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (provider instanceof java.security.AuthProvider p11) {
            try {
                p11.logout();
            } catch (Exception ignored) {
                // the session ends with the process anyway
            }
        }
    }
}
