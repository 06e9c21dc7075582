package vn.congvan.domain.model.drafting;

/**
 * A step the state machine does not allow from the draft's present state (e.g. approving a draft that is
 * not in review). {@code reason} is a message key; the application answers 409 and changes nothing.
 */
public class DraftStepRefused extends RuntimeException {

    private final String reason;
    private final DraftStatus status;

    public DraftStepRefused(String reason, DraftStatus status) {
        super(reason + " (status " + status + ")");
        this.reason = reason;
        this.status = status;
    }

    public String reason() { return reason; }
    public DraftStatus status() { return status; }
}
