package vn.congvan.domain.model.exchange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;

/**
 * A package to deliver to another agency: a document (one per external recipient), a recall, or a status
 * message about a document we received. Delivered after the commit with retries and exponential back-off;
 * for a document, the recipient's latest status message is kept here too.
 */
@Entity
@Table(name = "exchange_outbox")
public class OutboxEntry {

    /** UPDATE (BussinessDocType 2) carries a corrected subject, REPLACE (3) a new file. */
    public enum Kind { DOCUMENT, RECALL, STATUS, UPDATE, REPLACE }

    public enum State { PENDING, DELIVERED, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "agency_id", nullable = false)
    private long agencyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Kind kind;

    @Column(name = "organ_id", nullable = false, length = 13)
    private String organId;

    @Column(name = "recipient_name", nullable = false)
    private String recipientName;

    @Column(name = "outgoing_document_id")
    private Long outgoingDocumentId;

    @Column(name = "received_package_id")
    private Long receivedPackageId;

    @Column(name = "edxml_document_id", nullable = false, length = 100)
    private String edxmlDocumentId;

    @Column(name = "status_code", length = 2)
    private String statusCode;

    @Column(length = 1000)
    private String description;

    @Column(name = "staff_name", length = 100)
    private String staffName;

    @Column(name = "department_name")
    private String departmentName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private State state = State.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(length = 500)
    private String subject;

    @Column(name = "file_sha256", length = 64)
    private String fileSha256;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "recipient_status", length = 2)
    private String recipientStatus;

    @Column(name = "recipient_status_at")
    private Instant recipientStatusAt;

    @Column(name = "recipient_status_note", length = 1000)
    private String recipientStatusNote;

    protected OutboxEntry() {
    }

    private OutboxEntry(long agencyId, Kind kind, String organId, String recipientName, String edxmlDocumentId, Instant at) {
        this.agencyId = agencyId;
        this.kind = kind;
        this.organId = organId;
        this.recipientName = recipientName;
        this.edxmlDocumentId = edxmlDocumentId;
        this.createdAt = at;
        this.nextAttemptAt = at;
    }

    public static OutboxEntry document(long agencyId, long outgoingDocumentId, String organId, String name,
                                       String edxmlDocumentId, Instant at) {
        OutboxEntry e = new OutboxEntry(agencyId, Kind.DOCUMENT, organId, name, edxmlDocumentId, at);
        e.outgoingDocumentId = outgoingDocumentId;
        return e;
    }

    public static OutboxEntry recall(long agencyId, long outgoingDocumentId, String organId, String name,
                                     String edxmlDocumentId, String reason, String staff, Instant at) {
        OutboxEntry e = new OutboxEntry(agencyId, Kind.RECALL, organId, name, edxmlDocumentId, at);
        e.outgoingDocumentId = outgoingDocumentId;
        e.description = reason;
        e.staffName = staff;
        return e;
    }

    /**
     * An update (new subject) or a replacement (new file, and the subject of the last update if there was one)
     * of a document already sent to {@code organId}.
     */
    public static OutboxEntry change(Kind kind, long agencyId, long outgoingDocumentId, String organId, String name,
                                     String edxmlDocumentId, String reason, String staff, String subject,
                                     String fileSha256, String fileName, Instant at) {
        if (kind != Kind.UPDATE && kind != Kind.REPLACE) {
            throw new IllegalArgumentException("not a change: " + kind);
        }
        if (kind == Kind.UPDATE ? subject == null || subject.isBlank() : fileSha256 == null || fileName == null) {
            throw new IllegalArgumentException(kind == Kind.UPDATE ? "an update needs a subject" : "a replacement needs a file");
        }
        OutboxEntry e = new OutboxEntry(agencyId, kind, organId, name, edxmlDocumentId, at);
        e.outgoingDocumentId = outgoingDocumentId;
        e.description = reason;
        e.staffName = staff;
        // a replacement carries the subject last corrected by an update, if any (else the registered one)
        e.subject = subject == null || subject.isBlank() ? null : subject.strip();
        e.fileSha256 = kind == Kind.REPLACE ? fileSha256 : null;
        e.fileName = kind == Kind.REPLACE ? fileName : null;
        return e;
    }

    public static OutboxEntry status(long agencyId, long receivedPackageId, String organId, String name,
                                     String edxmlDocumentId, String statusCode, String description, String staff,
                                     String department, Instant at) {
        OutboxEntry e = new OutboxEntry(agencyId, Kind.STATUS, organId, name, edxmlDocumentId, at);
        e.receivedPackageId = receivedPackageId;
        e.statusCode = statusCode;
        e.description = description;
        e.staffName = staff;
        e.departmentName = department;
        return e;
    }

    public void delivered(Instant at) {
        state = State.DELIVERED;
        attempts++;
        deliveredAt = at;
        lastError = null;
    }

    /**
     * A failed attempt: due again after {@code base × 2^(attempts-1)} (capped at {@code max}), or FAILED
     * for good after {@code maxAttempts} or when the error is permanent (the recipient refused the package).
     */
    public void failed(Instant at, String error, boolean permanent, Duration base, Duration max, int maxAttempts) {
        attempts++;
        lastError = error == null ? null : error.length() > 1000 ? error.substring(0, 1000) : error;
        if (permanent || attempts >= maxAttempts) {
            state = State.FAILED;
            return;
        }
        Duration wait = base.multipliedBy(1L << Math.min(attempts - 1, 20));
        nextAttemptAt = at.plus(wait.compareTo(max) > 0 ? max : wait);
    }

    /** The administrator sends it again (a FAILED one, or a PENDING one at once). */
    public void retryNow(Instant at) {
        state = State.PENDING;
        nextAttemptAt = at;
    }

    public void recipientStatus(String code, String note, Instant at) {
        recipientStatus = code;
        recipientStatusNote = note;
        recipientStatusAt = at;
    }

    public Long id() { return id; }
    public long agencyId() { return agencyId; }
    public Kind kind() { return kind; }
    public String organId() { return organId; }
    public String recipientName() { return recipientName; }
    public Long outgoingDocumentId() { return outgoingDocumentId; }
    public Long receivedPackageId() { return receivedPackageId; }
    public String edxmlDocumentId() { return edxmlDocumentId; }
    public String statusCode() { return statusCode; }
    public String description() { return description; }
    public String staffName() { return staffName; }
    public String departmentName() { return departmentName; }
    public State state() { return state; }
    public int attempts() { return attempts; }
    public Instant nextAttemptAt() { return nextAttemptAt; }
    public String lastError() { return lastError; }
    public Instant createdAt() { return createdAt; }
    public Instant deliveredAt() { return deliveredAt; }
    public String subject() { return subject; }
    public String fileSha256() { return fileSha256; }
    public String fileName() { return fileName; }
    public String recipientStatus() { return recipientStatus; }
    public Instant recipientStatusAt() { return recipientStatusAt; }
    public String recipientStatusNote() { return recipientStatusNote; }
}
