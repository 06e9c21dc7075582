package vn.congvan.domain.model.routing;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.congvan.domain.model.agency.Agency;
import vn.congvan.domain.model.agency.Department;
import vn.congvan.domain.model.agency.User;
import vn.congvan.domain.model.incoming.IncomingDocument;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The handling of one incoming document: who presented it to which leader, the leader's direction (bút phê)
 * and the parts given out. The document-level state machine lives here; each part has its own in
 * {@link Assignment}.
 */
@Entity
@Table(name = "incoming_routing")
@NamedQuery(name = "Routing.byDocument", query = "SELECT r FROM Routing r WHERE r.document = :document")
public class Routing {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id")
    private IncomingDocument document;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RoutingState state;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "presented_by")
    private User presentedBy;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "presented_to")
    private User presentedTo;

    @Column(name = "presented_at", nullable = false)
    private Instant presentedAt;

    @Column(name = "presentation_note", length = 1000)
    private String presentationNote;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "directed_by")
    private User directedBy;

    @Column(name = "directed_at")
    private Instant directedAt;

    /** Ý kiến bút phê. */
    @Column(length = 2000)
    private String direction;

    @Column(name = "done_at")
    private Instant doneAt;

    @OneToMany(mappedBy = "routing", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<Assignment> assignments = new ArrayList<>();

    @Version
    private long version;

    protected Routing() {
    }

    /** Trình: the clerk presents the document to a leader. */
    public static Routing present(IncomingDocument document, User clerk, User leader, String note, Instant at) {
        Routing r = new Routing();
        r.agency = Objects.requireNonNull(document, "document").agency();
        r.document = document;
        r.state = RoutingState.PRESENTED;
        r.presentedBy = Objects.requireNonNull(clerk, "clerk");
        r.presentedTo = Objects.requireNonNull(leader, "leader");
        r.presentedAt = at;
        r.presentationNote = note;
        return r;
    }

    /** One part of a direction or a re-direction, as the leader gives it. */
    public record Part(AssignmentPart part, User user, Department department, LocalDate deadline, String comment) {
        public Part {
            Objects.requireNonNull(part, "part");
            Objects.requireNonNull(department, "department");
        }
    }

    /**
     * Bút phê: the leader the document was presented to gives out the parts. After the direction exactly one
     * open part is the lead one (a returned lead part is replaced by a new one).
     */
    public List<Assignment> direct(User leader, String comment, List<Part> parts, Instant at, LocalDate today) {
        if (state != RoutingState.PRESENTED) {
            throw new IllegalRoutingStep("routing.notAwaitingDirection");
        }
        long leads = parts.stream().filter(p -> p.part() == AssignmentPart.LEAD).count()
                + assignments.stream().filter(a -> a.part() == AssignmentPart.LEAD && a.state().open()).count();
        if (leads != 1) {
            throw new IllegalRoutingStep("routing.oneLead");
        }
        List<Assignment> made = new ArrayList<>();
        for (Part p : parts) {
            Assignment a = new Assignment(this, p, leader, at, today);
            assignments.add(a);
            made.add(a);
        }
        directedBy = leader;
        directedAt = at;
        direction = comment;
        state = assignments.stream().anyMatch(a -> a.state() == AssignmentState.IN_PROGRESS)
                ? RoutingState.IN_PROGRESS : RoutingState.DIRECTED;
        return made;
    }

    /** The first progress on any part moves the document to IN_PROGRESS; returns whether it did. */
    boolean progressed() {
        if (state == RoutingState.DIRECTED) {
            state = RoutingState.IN_PROGRESS;
            return true;
        }
        return false;
    }

    /** The lead part was finished: the document is done. */
    void leadDone(Instant at) {
        state = RoutingState.DONE;
        doneAt = at;
    }

    /** The lead part was returned: back to the leader who directed it, for a new direction. */
    void leadReturned() {
        state = RoutingState.PRESENTED;
        presentedTo = directedBy;
    }

    public Long id() { return id; }
    public Agency agency() { return agency; }
    public IncomingDocument document() { return document; }
    public RoutingState state() { return state; }
    public User presentedBy() { return presentedBy; }
    public User presentedTo() { return presentedTo; }
    public Instant presentedAt() { return presentedAt; }
    public String presentationNote() { return presentationNote; }
    public User directedBy() { return directedBy; }
    public Instant directedAt() { return directedAt; }
    public String direction() { return direction; }
    public Instant doneAt() { return doneAt; }
    public List<Assignment> assignments() { return List.copyOf(assignments); }
}
