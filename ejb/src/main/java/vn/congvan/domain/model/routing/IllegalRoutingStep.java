package vn.congvan.domain.model.routing;

/** A step the routing state machine does not allow in the current state; {@code messageKey} says why. */
public class IllegalRoutingStep extends RuntimeException {

    private final String messageKey;

    public IllegalRoutingStep(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
