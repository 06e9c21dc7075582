package vn.congvan.signing.keys;

import vn.congvan.signing.SigningException;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A credential at a remote signing service (CSC API v2): only the hash leaves this machine.
 * Each signature is authorised separately (credentials/authorize with the hash, then signatures/signHash).
 */
public final class CscKeySource implements KeySource {

    private final CscClient client;
    private final String credentialId;
    private final Supplier<Map<String, String>> authData;
    private final List<X509Certificate> chain;
    private final String algorithm;

    /**
     * @param credentialId the credential, or null for the first one credentials/list returns
     * @param authData     supplies the PIN/OTP for each authorisation; may return an empty map
     */
    public CscKeySource(CscClient client, String credentialId, Supplier<Map<String, String>> authData)
            throws SigningException {
        this.client = client;
        String id = credentialId;
        if (id == null) {
            List<String> ids = client.listCredentials();
            if (ids.isEmpty()) {
                throw new SigningException(SigningException.Reason.KEY_NOT_FOUND, "The signing service lists no credential");
            }
            id = ids.get(0);
        }
        this.credentialId = id;
        this.authData = authData;
        CscClient.CredentialInfo info = client.credentialInfo(id);
        if (!"enabled".equalsIgnoreCase(info.keyStatus())) {
            throw new SigningException(SigningException.Reason.KEY_NOT_FOUND,
                    "The remote credential " + id + " is " + info.keyStatus());
        }
        if (info.certificates().isEmpty()) {
            throw new SigningException(SigningException.Reason.KEY_NOT_FOUND,
                    "The remote credential " + id + " has no certificate");
        }
        this.chain = List.copyOf(info.certificates());
        String keyAlg = chain.get(0).getPublicKey().getAlgorithm();
        this.algorithm = "EC".equals(keyAlg) ? "ECDSA" : keyAlg;
    }

    public String credentialId() {
        return credentialId;
    }

    @Override
    public List<X509Certificate> certificateChain() {
        return chain;
    }

    @Override
    public String signatureAlgorithm() {
        return algorithm;
    }

    @Override
    public byte[] sign(byte[] data, String digestAlgorithm) throws SigningException {
        try {
            byte[] hash = MessageDigest.getInstance(digestAlgorithm).digest(data);
            return signHash(hash, digestAlgorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new SigningException(SigningException.Reason.FAILED, "No digest " + digestAlgorithm, e);
        }
    }

    /** Second phase of remote signing: the hash of the signed attributes in, the signature value out. */
    public byte[] signHash(byte[] hash, String digestAlgorithm) throws SigningException {
        String hashOid = switch (digestAlgorithm.toUpperCase().replace("-", "")) {
            case "SHA256" -> CscClient.OID_SHA256;
            case "SHA384" -> CscClient.OID_SHA384;
            case "SHA512" -> CscClient.OID_SHA512;
            default -> throw new SigningException(SigningException.Reason.FAILED, "Unsupported digest " + digestAlgorithm);
        };
        String signAlgo = "ECDSA".equals(algorithm) ? CscClient.OID_SHA256_ECDSA : CscClient.OID_RSA;
        String sad = client.authorize(credentialId, List.of(hash), hashOid, authData.get());
        return client.signHash(credentialId, sad, List.of(hash), hashOid, signAlgo).get(0);
    }
}
