package vn.congvan.signing;

/** The bytes are not a PDF this system can accept (not a PDF, broken, or encrypted). */
public class InvalidPdfException extends Exception {

    /** Why the file was refused, for messages and tests. */
    public enum Reason { NOT_PDF, BROKEN, ENCRYPTED, EMPTY }

    private final Reason reason;

    public InvalidPdfException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
