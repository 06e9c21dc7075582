package vn.congvan.domain.model.exchange;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import vn.congvan.domain.model.agency.Agency;
import vn.congvan.domain.model.agency.User;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A package received from another agency (văn bản điện tử đến): waits in the clerk's queue until it is
 * accepted (registered as an incoming document) or refused with a reason; a recall from the sender
 * freezes it (RECALLED), whatever its state.
 */
@Entity
@Table(name = "exchange_received")
public class ReceivedPackage {

    public enum State { RECEIVED, ACCEPTED, REFUSED, RECALLED }

    /** What the header says, as the package carried it (validated). */
    public record Header(String edxmlDocumentId, String fromOrganId, String fromName, String codeNumber,
                         String codeNotation, LocalDate promulgationDate, String typeName, String subject,
                         String signerFullName, String signerPosition, int priority, LocalDate dueDate,
                         String toPlaces) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @Column(name = "edxml_document_id", nullable = false, length = 100)
    private String edxmlDocumentId;

    @Column(name = "from_organ_id", nullable = false, length = 13)
    private String fromOrganId;

    @Column(name = "from_name", nullable = false)
    private String fromName;

    @Column(name = "code_number", length = 20)
    private String codeNumber;

    @Column(name = "code_notation", length = 100)
    private String codeNotation;

    @Column(name = "promulgation_date", nullable = false)
    private LocalDate promulgationDate;

    @Column(name = "type_name", nullable = false, length = 100)
    private String typeName;

    @Column(nullable = false, length = 500)
    private String subject;

    @Column(name = "signer_full_name", length = 100)
    private String signerFullName;

    @Column(name = "signer_position", length = 100)
    private String signerPosition;

    @Column(nullable = false)
    private int priority;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "to_places", length = 2000)
    private String toPlaces;

    @Column(name = "package_sha256", nullable = false, length = 64)
    private String packageSha256;

    @Column(name = "package_size", nullable = false)
    private long packageSize;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private State state = State.RECEIVED;

    @Column(length = 1000)
    private String reason;

    @Column(name = "incoming_document_id")
    private Long incomingDocumentId;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "decided_by")
    private User decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "recalled_at")
    private Instant recalledAt;

    @Column(name = "changed_kind", length = 10)
    private String changedKind;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(name = "change_reason", length = 1000)
    private String changeReason;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "exchange_received_file", joinColumns = @JoinColumn(name = "received_id"))
    @OrderColumn(name = "list_index")
    private List<ReceivedFile> files = new ArrayList<>();

    protected ReceivedPackage() {
    }

    public ReceivedPackage(Agency agency, Header h, String packageSha256, long packageSize, List<ReceivedFile> files,
                           Instant at) {
        this.agency = agency;
        this.edxmlDocumentId = h.edxmlDocumentId();
        this.fromOrganId = h.fromOrganId();
        this.fromName = h.fromName();
        describe(h);
        this.packageSha256 = packageSha256;
        this.packageSize = packageSize;
        this.files = new ArrayList<>(files);
        this.receivedAt = at;
    }

    /** The header's description of the document (all but the sender and the DocumentId, which never change). */
    private void describe(Header h) {
        this.codeNumber = h.codeNumber();
        this.codeNotation = h.codeNotation();
        this.promulgationDate = h.promulgationDate();
        this.typeName = h.typeName();
        this.subject = h.subject();
        this.signerFullName = h.signerFullName();
        this.signerPosition = h.signerPosition();
        this.priority = h.priority();
        this.dueDate = h.dueDate();
        this.toPlaces = h.toPlaces();
    }

    public void accepted(long incomingDocumentId, User by, Instant at) {
        requireOpen();
        this.state = State.ACCEPTED;
        this.incomingDocumentId = incomingDocumentId;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public void refused(String reason, User by, Instant at) {
        requireOpen();
        this.state = State.REFUSED;
        this.reason = reason;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public void recalled(String reason, Instant at) {
        this.state = State.RECALLED;
        this.reason = reason;
        this.recalledAt = at;
    }

    /**
     * The sender corrected the subject (edXML update). A refused or recalled package takes no change.
     */
    public void updated(String subject, String reason, Instant at) {
        requireChangeable();
        this.subject = subject;
        changed("UPDATE", reason, at);
    }

    /**
     * The sender replaced the document (edXML replace): the header (the package keeps the original DocumentId,
     * which status messages name) and, while the package waits in the queue,
     * its files. Once accepted the files stay as they were accepted (the new ones become new versions of the
     * registered document's attachments).
     */
    public void replaced(Header h, List<ReceivedFile> newFiles, String reason, Instant at) {
        requireChangeable();
        if (!h.fromOrganId().equals(fromOrganId)) {
            throw new IllegalArgumentException("a replacement from another agency");
        }
        describe(h);
        if (state == State.RECEIVED) {
            this.files = new ArrayList<>(newFiles);
        }
        changed("REPLACE", reason, at);
    }

    /** Whether an update or a replacement may still apply (not refused, not recalled). */
    public boolean changeable() {
        return state == State.RECEIVED || state == State.ACCEPTED;
    }

    private void requireChangeable() {
        if (!changeable()) {
            throw new IllegalStateException("package " + id + " is " + state);
        }
    }

    private void changed(String kind, String reason, Instant at) {
        this.changedKind = kind;
        this.changeReason = reason;
        this.changedAt = at;
    }

    private void requireOpen() {
        if (state != State.RECEIVED) {
            throw new IllegalStateException("package " + id + " is " + state);
        }
    }

    public Long id() { return id; }
    public Agency agency() { return agency; }
    public String edxmlDocumentId() { return edxmlDocumentId; }
    public String fromOrganId() { return fromOrganId; }
    public String fromName() { return fromName; }
    public String codeNumber() { return codeNumber; }
    public String codeNotation() { return codeNotation; }
    public LocalDate promulgationDate() { return promulgationDate; }
    public String typeName() { return typeName; }
    public String subject() { return subject; }
    public String signerFullName() { return signerFullName; }
    public String signerPosition() { return signerPosition; }
    public int priority() { return priority; }
    public LocalDate dueDate() { return dueDate; }
    public String toPlaces() { return toPlaces; }
    public String packageSha256() { return packageSha256; }
    public long packageSize() { return packageSize; }
    public State state() { return state; }
    public String reason() { return reason; }
    public Long incomingDocumentId() { return incomingDocumentId; }
    public Instant receivedAt() { return receivedAt; }
    public User decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt; }
    public Instant recalledAt() { return recalledAt; }
    public String changedKind() { return changedKind; }
    public Instant changedAt() { return changedAt; }
    public String changeReason() { return changeReason; }
    public List<ReceivedFile> files() { return List.copyOf(files); }
}
