package vn.congvan.signing.keys;

import vn.congvan.signing.SigningException;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * Where a signature value comes from: a PKCS#12 file, a PKCS#11 token, a remote signing service.
 * The signer computes what is to be signed (the DER of the CMS signed attributes); the key source
 * signs it.
 */
public interface KeySource extends AutoCloseable {

    /** The signer's certificate first, then its issuers as far as known. */
    List<X509Certificate> certificateChain() throws SigningException;

    /** "RSA" or "ECDSA", as iText names the signature algorithm. */
    default String signatureAlgorithm() throws SigningException {
        String alg = certificateChain().get(0).getPublicKey().getAlgorithm();
        return "EC".equals(alg) ? "ECDSA" : alg;
    }

    /**
     * Sign {@code data} with the digest algorithm (JCA name such as "SHA-256").
     * Hash-only sources hash here and send the hash.
     */
    byte[] sign(byte[] data, String digestAlgorithm) throws SigningException;

    @Override
    default void close() {
    }
}
