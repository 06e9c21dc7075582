package vn.congvan.signing.keys;

import vn.congvan.signing.SigningException;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.List;

/** A key reachable through a JCA provider: PKCS#12 (default providers) or PKCS#11 (SunPKCS11). */
abstract class JcaKeySource implements KeySource {

    private final PrivateKey key;
    private final List<X509Certificate> chain;
    private final Provider provider;

    JcaKeySource(PrivateKey key, List<X509Certificate> chain, Provider provider) {
        this.key = key;
        this.chain = List.copyOf(chain);
        this.provider = provider;
    }

    @Override
    public List<X509Certificate> certificateChain() {
        return chain;
    }

    @Override
    public byte[] sign(byte[] data, String digestAlgorithm) throws SigningException {
        String jca = digestAlgorithm.replace("-", "") + "with" + signatureAlgorithm();
        try {
            Signature s = provider == null ? Signature.getInstance(jca) : Signature.getInstance(jca, provider);
            s.initSign(key);
            s.update(data);
            return s.sign();
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new SigningException(SigningException.Reason.FAILED, "The key could not sign: " + e.getMessage(), e);
        }
    }

    PrivateKey privateKey() {
        return key;
    }
}
