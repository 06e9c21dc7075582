package vn.congvan.application.inbox;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The inbox as clients see it. */
public final class InboxViews {

    private InboxViews() {
    }

    /**
     * One item. {@code overdue}: the deadline has passed; {@code dueSoon}: it is today or within
     * {@code congvan.routing.due-soon-days} working days.
     */
    public record Item(String documentKind, long documentId, String task, String notation, String title,
                       int priority, boolean urgent, LocalDate deadline, boolean overdue, boolean dueSoon,
                       String state, Instant since, String link) {
    }

    /** The counts are of all the user's open items; {@code items} are those the filters let through. */
    public record Inbox(int total, int dueSoon, int overdue, int urgent, List<Item> items) {
    }

    /** One open part of the department's work, for its head. */
    public record DepartmentItem(long assignmentId, long documentId, String notation, String title, int priority,
                                 boolean urgent, String part, String state, Long userId, String userName,
                                 LocalDate deadline, boolean overdue, boolean dueSoon, boolean extensionPending,
                                 Instant assignedAt, String link) {
    }

    public record DepartmentInbox(long departmentId, String departmentName, int total, int dueSoon, int overdue,
                                  int unassigned, List<DepartmentItem> items) {
    }
}
