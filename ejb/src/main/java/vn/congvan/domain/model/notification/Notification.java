package vn.congvan.domain.model.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.congvan.application.events.NotificationKind;
import vn.congvan.domain.model.agency.Clearance;
import vn.congvan.domain.model.document.DocumentKind;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One thing one user is told about one document (thông báo). It keeps what happened, not a text: the
 * text is rendered in the reader's language when read. Unread until the user opens or marks it.
 */
@Entity
@Table(name = "notification")
public class Notification {

    public static final int MAX_TITLE = 700;
    public static final int MAX_DETAIL = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "agency_id", nullable = false)
    private long agencyId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private NotificationKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_kind", nullable = false, length = 10)
    private DocumentKind documentKind;

    @Column(name = "document_id", nullable = false)
    private long documentId;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(length = MAX_DETAIL)
    private String detail;

    @Column(name = "actor_name", length = 100)
    private String actorName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Clearance secrecy = Clearance.NONE;

    @Column(nullable = false)
    private boolean urgent;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    public Notification(long agencyId, long userId, NotificationKind kind, DocumentKind documentKind, long documentId,
                        String title, String detail, String actorName, Clearance secrecy, boolean urgent, Instant at) {
        this.agencyId = agencyId;
        this.userId = userId;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.documentKind = Objects.requireNonNull(documentKind, "documentKind");
        this.documentId = documentId;
        this.title = cut(title == null || title.isBlank() ? "#" + documentId : title.strip(), MAX_TITLE);
        this.detail = detail == null || detail.isBlank() ? null : cut(detail.strip(), MAX_DETAIL);
        this.actorName = actorName == null ? null : cut(actorName, 100);
        this.secrecy = secrecy == null ? Clearance.NONE : secrecy;
        this.urgent = urgent;
        this.createdAt = Objects.requireNonNull(at, "at").truncatedTo(ChronoUnit.MICROS);
    }

    static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** Marks it read; reading it again keeps the first time. */
    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at.truncatedTo(ChronoUnit.MICROS); // as the database keeps it
        }
    }

    /** The page that shows the document, relative to the application root. */
    public String link() {
        if (kind == NotificationKind.EXCHANGE_RECEIVED) {
            return "app/exchange/received.xhtml?id=" + documentId;
        }
        return switch (documentKind) {
            case INCOMING -> "app/incoming/view.xhtml?id=";
            case OUTGOING -> "app/outgoing/view.xhtml?id=";
            case DRAFT -> "app/drafts/view.xhtml?id=";
        } + documentId;
    }

    public Long id() { return id; }
    public long agencyId() { return agencyId; }
    public long userId() { return userId; }
    public NotificationKind kind() { return kind; }
    public DocumentKind documentKind() { return documentKind; }
    public long documentId() { return documentId; }
    public String title() { return title; }
    public String detail() { return detail; }
    public String actorName() { return actorName; }
    public Clearance secrecy() { return secrecy; }
    public boolean urgent() { return urgent; }
    public Instant createdAt() { return createdAt; }
    public Instant readAt() { return readAt; }
    public boolean read() { return readAt != null; }
}
