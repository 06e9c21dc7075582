package vn.congvan.domain.model.drafting;

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
import vn.congvan.domain.model.agency.User;

import java.time.Instant;

/** One line of a draft's thread: who did what, with which comment, on which version. Never changed. */
@Entity
@Table(name = "draft_entry")
public class DraftEntry {

    public enum Action {
        CREATED, VERSION_ADDED, OPINION_ASKED, OPINION_GIVEN, SUBMITTED, APPROVED, FORWARDED, RETURNED,
        AWAITING_SIGNATURE, SIGNED, SIGNING_FAILED, ISSUED, RECALLED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "draft_id")
    private Draft draft;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private User user;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Action action;

    @Column(length = 2000)
    private String comment;

    @Column(name = "version_no")
    private Integer versionNo;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected DraftEntry() {
    }

    DraftEntry(Draft draft, User user, Action action, String comment, Integer versionNo, Instant at) {
        this.draft = draft;
        this.user = user;
        this.action = action;
        this.comment = comment == null || comment.length() <= 2000 ? comment : comment.substring(0, 2000);
        this.versionNo = versionNo;
        this.createdAt = at;
    }

    public Long id() { return id; }
    public User user() { return user; }
    public Action action() { return action; }
    public String comment() { return comment; }
    public Integer versionNo() { return versionNo; }
    public Instant createdAt() { return createdAt; }
}
