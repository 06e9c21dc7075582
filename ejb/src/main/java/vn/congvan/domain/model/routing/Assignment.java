package vn.congvan.domain.model.routing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.congvan.domain.model.agency.Agency;
import vn.congvan.domain.model.agency.Department;
import vn.congvan.domain.model.agency.User;
import vn.congvan.domain.model.incoming.IncomingDocument;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One part of the handling of a document (xử lý chính, phối hợp, nhận để biết) given to a person, or to a
 * department until its head re-assigns it to a person of the department. Its deadline (hạn xử lý) was set
 * by {@link #deadlineSetBy()}, who decides extensions.
 */
@Entity
@Table(name = "routing_assignment")
public class Assignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "routing_id")
    private Routing routing;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id")
    private IncomingDocument document;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AssignmentPart part;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assignee_user_id")
    private User assignee;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignee_department_id")
    private Department department;

    private LocalDate deadline;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "deadline_set_by")
    private User deadlineSetBy;

    @Column(name = "assignment_comment", length = 1000)
    private String comment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AssignmentState state;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assigned_by")
    private User assignedBy;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    @Column(name = "assigned_on", nullable = false)
    private LocalDate assignedOn;

    @Column(name = "progress_note", length = 2000)
    private String progressNote;

    @Column(name = "progress_at")
    private Instant progressAt;

    @Column(name = "extension_until")
    private LocalDate extensionUntil;

    @Column(name = "extension_reason", length = 1000)
    private String extensionReason;

    @Column(name = "reply_outgoing_id")
    private Long replyOutgoingId;

    @Column(name = "result_text", length = 2000)
    private String result;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "done_on")
    private LocalDate doneOn;

    @Column(name = "return_reason", length = 1000)
    private String returnReason;

    @Column(name = "returned_at")
    private Instant returnedAt;

    @Column(name = "due_soon_notified_at")
    private Instant dueSoonNotifiedAt;

    @Column(name = "overdue_notified_at")
    private Instant overdueNotifiedAt;

    @Version
    private long version;

    protected Assignment() {
    }

    Assignment(Routing routing, Routing.Part p, User leader, Instant at, LocalDate today) {
        this.routing = routing;
        this.document = routing.document();
        this.agency = routing.agency();
        this.part = p.part();
        this.assignee = p.user();
        this.department = p.department();
        this.deadline = p.deadline();
        this.deadlineSetBy = Objects.requireNonNull(leader, "leader");
        this.comment = p.comment();
        this.state = AssignmentState.ASSIGNED;
        this.assignedBy = leader;
        this.assignedAt = at;
        this.assignedOn = today;
    }

    private void requireOpen() {
        if (!state.open()) {
            throw new IllegalRoutingStep("routing.assignment.closed");
        }
    }

    /**
     * A department head gives the part to a person of the department, with a deadline no later than the
     * one the part has (null: the part's deadline stays).
     */
    public void reassign(User head, User person, LocalDate newDeadline, String note) {
        requireOpen();
        if (state == AssignmentState.IN_PROGRESS) {
            throw new IllegalRoutingStep("routing.assignment.alreadyStarted");
        }
        this.assignee = Objects.requireNonNull(person, "person");
        if (newDeadline != null && !newDeadline.equals(deadline)) {
            this.deadline = newDeadline;
            this.deadlineSetBy = head;
            this.dueSoonNotifiedAt = null;
            this.overdueNotifiedAt = null;
        }
        if (note != null) {
            this.comment = note;
        }
        this.assignedBy = head;
    }

    /** Records progress; returns whether this was the document's first progress (edXML 05). */
    public boolean recordProgress(String note, Instant at) {
        requireOpen();
        if (part == AssignmentPart.INFORM) {
            throw new IllegalRoutingStep("routing.assignment.informOnly");
        }
        state = AssignmentState.IN_PROGRESS;
        progressNote = note;
        progressAt = at;
        return routing.progressed();
    }

    /** Trả lại, with a reason. A returned lead part sends the document back to the leader who directed it. */
    public void giveBack(String reason, Instant at) {
        requireOpen();
        state = AssignmentState.RETURNED;
        returnReason = Objects.requireNonNull(reason, "reason");
        returnedAt = at;
        extensionUntil = null;
        extensionReason = null;
        if (part == AssignmentPart.LEAD) {
            routing.leadReturned();
        }
    }

    /** Asks the one who set the deadline for a later one (gia hạn). */
    public void requestExtension(LocalDate until, String reason) {
        requireOpen();
        if (part == AssignmentPart.INFORM) {
            throw new IllegalRoutingStep("routing.assignment.informOnly");
        }
        if (deadline == null) {
            throw new IllegalRoutingStep("routing.extension.noDeadline");
        }
        if (extensionUntil != null) {
            throw new IllegalRoutingStep("routing.extension.pending");
        }
        if (!until.isAfter(deadline)) {
            throw new IllegalArgumentException("The extension must be after the deadline");
        }
        extensionUntil = until;
        extensionReason = reason;
    }

    /** Grants (the deadline becomes the one asked for) or refuses the pending extension. */
    public void decideExtension(boolean grant) {
        if (extensionUntil == null) {
            throw new IllegalRoutingStep("routing.extension.none");
        }
        if (grant) {
            deadline = extensionUntil;
            dueSoonNotifiedAt = null;
            overdueNotifiedAt = null;
        }
        extensionUntil = null;
        extensionReason = null;
    }

    /** Links the reply: an outgoing document of the agency that answers this one. */
    public void linkReply(long outgoingId) {
        if (state == AssignmentState.RETURNED) {
            throw new IllegalRoutingStep("routing.assignment.closed");
        }
        replyOutgoingId = outgoingId;
    }

    /** Finishes the part with its result; finishing the lead part finishes the document (edXML 06). */
    public void finish(String resultText, Instant at, LocalDate today) {
        requireOpen();
        state = AssignmentState.DONE;
        result = resultText;
        doneAt = at;
        doneOn = today;
        extensionUntil = null;
        extensionReason = null;
        if (part == AssignmentPart.LEAD) {
            routing.leadDone(at);
        }
    }

    /** Overdue on {@code day}: open, with a deadline before it. */
    public boolean overdueOn(LocalDate day) {
        return state.open() && deadline != null && deadline.isBefore(day);
    }

    public void markDueSoonNotified(Instant at) { dueSoonNotifiedAt = at; }
    public void markOverdueNotified(Instant at) { overdueNotifiedAt = at; }

    public Long id() { return id; }
    public Routing routing() { return routing; }
    public IncomingDocument document() { return document; }
    public Agency agency() { return agency; }
    public AssignmentPart part() { return part; }
    public User assignee() { return assignee; }
    public Department department() { return department; }
    public LocalDate deadline() { return deadline; }
    public User deadlineSetBy() { return deadlineSetBy; }
    public String comment() { return comment; }
    public AssignmentState state() { return state; }
    public User assignedBy() { return assignedBy; }
    public Instant assignedAt() { return assignedAt; }
    public LocalDate assignedOn() { return assignedOn; }
    public String progressNote() { return progressNote; }
    public Instant progressAt() { return progressAt; }
    public LocalDate extensionUntil() { return extensionUntil; }
    public String extensionReason() { return extensionReason; }
    public Long replyOutgoingId() { return replyOutgoingId; }
    public String result() { return result; }
    public Instant doneAt() { return doneAt; }
    public LocalDate doneOn() { return doneOn; }
    public String returnReason() { return returnReason; }
    public Instant returnedAt() { return returnedAt; }
    public Instant dueSoonNotifiedAt() { return dueSoonNotifiedAt; }
    public Instant overdueNotifiedAt() { return overdueNotifiedAt; }
}
