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
import java.util.Objects;

/** An opinion asked of a colleague about a draft (xin ý kiến), answered once: agree, disagree or other. */
@Entity
@Table(name = "draft_opinion")
public class DraftOpinion {

    /** Đồng ý, không đồng ý, ý kiến khác. */
    public enum Answer {
        AGREE("Đồng ý"), DISAGREE("Không đồng ý"), OTHER("Ý kiến khác");

        private final String vietnamese;

        Answer(String vietnamese) {
            this.vietnamese = vietnamese;
        }

        /** The answer as the thread records it (the glossary's Vietnamese). */
        public String vietnamese() {
            return vietnamese;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "draft_id")
    private Draft draft;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "asked_user_id")
    private User asked;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "asked_by")
    private User askedBy;

    @Column(length = 2000)
    private String question;

    @Column(name = "asked_at", nullable = false)
    private Instant askedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Answer answer;

    @Column(name = "answer_comment", length = 2000)
    private String comment;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected DraftOpinion() {
    }

    DraftOpinion(Draft draft, User asked, User askedBy, String question, Instant at) {
        this.draft = draft;
        this.asked = Objects.requireNonNull(asked, "asked");
        this.askedBy = Objects.requireNonNull(askedBy, "askedBy");
        this.question = question;
        this.askedAt = at;
    }

    /** Records the answer; an opinion is given once. */
    public void answer(Answer answer, String comment, Instant at) {
        if (this.answer != null) {
            throw new DraftStepRefused("drafting.opinion.answered", draft.status());
        }
        DraftStatus s = draft.status();
        if (s == DraftStatus.ISSUED || s == DraftStatus.RECALLED) {
            throw new DraftStepRefused("drafting.opinion.closed", s);
        }
        this.answer = Objects.requireNonNull(answer, "answer");
        this.comment = comment;
        this.answeredAt = at;
        draft.answered(this, at);
    }

    public boolean open() {
        return answer == null;
    }

    public Long id() { return id; }
    public Draft draft() { return draft; }
    public User asked() { return asked; }
    public User askedBy() { return askedBy; }
    public String question() { return question; }
    public Instant askedAt() { return askedAt; }
    public Answer answer() { return answer; }
    public String comment() { return comment; }
    public Instant answeredAt() { return answeredAt; }
}
