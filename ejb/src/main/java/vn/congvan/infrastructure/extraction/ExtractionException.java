package vn.congvan.infrastructure.extraction;

/** Why a file's text could not be extracted. */
public class ExtractionException extends Exception {

    public enum Reason { TOO_LARGE, TIMEOUT, HOSTILE, FAILED }

    private final Reason reason;

    public ExtractionException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** Whether trying again may help (a time-out on a busy machine); a hostile or oversized file stays so. */
    public boolean retryable() {
        return reason == Reason.TIMEOUT || reason == Reason.FAILED;
    }
}
