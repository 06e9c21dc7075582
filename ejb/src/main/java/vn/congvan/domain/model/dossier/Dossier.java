package vn.congvan.domain.model.dossier;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.congvan.domain.model.agency.Agency;
import vn.congvan.domain.model.agency.Department;
import vn.congvan.domain.model.agency.User;
import vn.congvan.domain.model.document.DocumentKind;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Hồ sơ công việc: a work dossier of a department, with its code (ký hiệu hồ sơ), year, owner and
 * retention period (thời hạn bảo quản). It holds documents by reference ({@link DossierEntry}), so one
 * document may sit in several dossiers without copies. A closed dossier is read-only until an
 * administrator reopens it.
 */
@Entity
@Table(name = "dossier")
public class Dossier {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @Column(nullable = false, length = 50)
    private String code;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(name = "dossier_year", nullable = false)
    private int year;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id")
    private Department department;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id")
    private User owner;

    @Column(nullable = false, length = 20)
    private String retention;

    @Column(length = 1000)
    private String notes;

    @Column(name = "closed_at")
    private Instant closedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "closed_by")
    private User closedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "dossier", cascade = {CascadeType.PERSIST, CascadeType.REMOVE}, orphanRemoval = true)
    @OrderBy("id")
    private List<DossierEntry> entries = new ArrayList<>();

    @Version
    private long version;

    protected Dossier() {
    }

    public Dossier(Department department, User owner, String code, String title, int year, RetentionPeriod retention,
                   String notes) {
        this.department = Objects.requireNonNull(department, "department");
        this.agency = department.agency();
        this.owner = Objects.requireNonNull(owner, "owner");
        if (!owner.agency().id().equals(agency.id())) {
            throw new IllegalArgumentException("The owner belongs to another agency");
        }
        this.code = requireText(code, "code");
        this.title = requireText(title, "title");
        this.year = year;
        this.retention = Objects.requireNonNull(retention, "retention").code();
        this.notes = notes;
        this.createdAt = Instant.now();
    }

    /**
     * Puts a document in the dossier (a link, not a copy).
     *
     * @return the new entry, or empty when the document is already in it
     * @throws DossierClosedException when the dossier is closed
     */
    public Optional<DossierEntry> add(DocumentKind kind, long documentId, User by) {
        requireOpen();
        if (contains(kind, documentId)) {
            return Optional.empty();
        }
        DossierEntry e = new DossierEntry(this, kind, documentId, by);
        entries.add(e);
        return Optional.of(e);
    }

    /** @return whether the document was in the dossier */
    public boolean remove(DocumentKind kind, long documentId) {
        requireOpen();
        return entries.removeIf(e -> e.documentKind() == kind && e.documentId() == documentId);
    }

    public boolean contains(DocumentKind kind, long documentId) {
        return entries.stream().anyMatch(e -> e.documentKind() == kind && e.documentId() == documentId);
    }

    public void close(User by, Instant at) {
        requireOpen();
        this.closedBy = Objects.requireNonNull(by, "by");
        this.closedAt = Objects.requireNonNull(at, "at");
    }

    /** Reopening is an administrator's decision; the service checks the role. */
    public void reopen() {
        this.closedAt = null;
        this.closedBy = null;
    }

    public void requireOpen() {
        if (closed()) {
            throw new DossierClosedException(code);
        }
    }

    private static String requireText(String s, String name) {
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return s.strip();
    }

    public Long id() { return id; }
    public Agency agency() { return agency; }
    public String code() { return code; }
    public String title() { return title; }
    public int year() { return year; }
    public Department department() { return department; }
    public User owner() { return owner; }
    public RetentionPeriod retention() { return RetentionPeriod.parse(retention); }
    public String notes() { return notes; }
    public boolean closed() { return closedAt != null; }
    public Instant closedAt() { return closedAt; }
    public User closedBy() { return closedBy; }
    public Instant createdAt() { return createdAt; }
    public List<DossierEntry> entries() { return List.copyOf(entries); }
}
