package vn.congvan.domain.model.signing;

/** Where a user's signing key lives. */
public enum KeySourceKind {
    /** A PKCS#12 file (.p12/.pfx) kept in the content store; the password is asked at signing time. */
    P12,
    /** A slot of a USB token or HSM through an approved PKCS#11 library; the PIN is asked at signing time. */
    PKCS11,
    /** A credential at a remote signing service (CSC API v2); the access token and PIN are asked at signing time. */
    CSC
}
