package vn.congvan.signing;

/** Signing or verification could not be done; {@link #reason()} says why in a form a caller can act on. */
public class SigningException extends Exception {

    public enum Reason {
        /** The input is not a PDF we accept (broken, empty, not a PDF). */
        INVALID_PDF,
        /** The input PDF is encrypted or password protected. */
        ENCRYPTED_PDF,
        /** The key store or token could not be opened with the given password or PIN. */
        WRONG_PASSWORD,
        /** The key store, token or remote service has no usable key. */
        KEY_NOT_FOUND,
        /** The signer's certificate is expired at signing time. */
        CERTIFICATE_EXPIRED,
        /** The signer's certificate is not yet valid at signing time. */
        CERTIFICATE_NOT_YET_VALID,
        /** The signer's certificate does not allow digital signatures (key usage). */
        KEY_USAGE,
        /** The time-stamping authority could not be reached or answered badly. */
        TSA_UNAVAILABLE,
        /** OCSP/CRL data needed for B-LT could not be obtained. */
        REVOCATION_UNAVAILABLE,
        /** The appearance cannot be built (image, font, text not found on the page). */
        APPEARANCE,
        /** The remote signing service refused or failed. */
        REMOTE_SIGNING,
        /** Anything else (I/O, crypto provider). */
        FAILED
    }

    private final Reason reason;

    public SigningException(Reason reason, String message) {
        this(reason, message, null);
    }

    public SigningException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
