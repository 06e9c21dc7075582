package vn.congvan.application.routing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What clients see of a document's routing; {@code actions} are the steps the caller may take now. */
public final class RoutingViews {

    private RoutingViews() {
    }

    public record Person(long id, String username, String fullName, String position, Long departmentId, String departmentName) {
    }

    public record Department(long id, String name) {
    }

    /**
     * A document's routing. {@code state} is NONE before it is presented. {@code actions}: PRESENT, DIRECT.
     * {@code proposedDeadline}: the document's due date, else {@code congvan.routing.default-days} working
     * days from today by the agency's calendar.
     */
    public record RoutingView(long documentId, String state, boolean urgent, Person presentedBy, Person presentedTo,
                              Instant presentedAt, String presentationNote, Person directedBy, Instant directedAt,
                              String direction, LocalDate proposedDeadline, List<String> actions,
                              List<AssignmentView> assignments) {
    }

    /**
     * One part. {@code actions}: REASSIGN, PROGRESS, RETURN, EXTENSION, DECIDE_EXTENSION, REPLY, DONE.
     */
    public record AssignmentView(long id, long documentId, String part, String state, Long userId, String userName,
                                 long departmentId, String departmentName, LocalDate deadline, boolean overdue,
                                 String comment, String assignedByName, Instant assignedAt, String deadlineSetByName,
                                 String progressNote, Instant progressAt, LocalDate extensionUntil,
                                 String extensionReason, Long replyOutgoingId, String replyNotation, String result,
                                 Instant doneAt, String returnReason, List<String> actions) {
    }

    /** Whom a document may be presented or handed to. */
    public record Candidates(List<Person> leaders, List<Department> departments, List<Person> people) {
    }

    /** What a run of the deadline check did. */
    public record DeadlineCheckResult(LocalDate asOf, int checked, int dueSoon, int overdue) {
    }
}
