package vn.congvan.domain.model.routing;

/** ASSIGNED → IN_PROGRESS → DONE; ASSIGNED or IN_PROGRESS → RETURNED (trả lại, with a reason). */
public enum AssignmentState {
    ASSIGNED, IN_PROGRESS, DONE, RETURNED;

    public boolean open() {
        return this == ASSIGNED || this == IN_PROGRESS;
    }
}
