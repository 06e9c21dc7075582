package vn.congvan.domain.model.notification;

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
import java.util.Objects;

/**
 * An e-mail waiting to be sent (or sent, or given up): the durable outbox. Written in the transaction of
 * the notification it carries, so that it is sent only if that commits, and is never lost by a restart.
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail {

    public static final int MAX_ERROR = 1000;

    public enum State { PENDING, SENDING, SENT, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "agency_id", nullable = false)
    private long agencyId;

    @Column(name = "user_id")
    private Long userId;

    @Column(name = "notification_id")
    private Long notificationId;

    @Column(name = "to_address", nullable = false)
    private String toAddress;

    @Column(nullable = false, length = 2)
    private String language;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(nullable = false)
    private String body;

    @Column(nullable = false)
    private boolean urgent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private State state = State.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "not_before", nullable = false)
    private Instant notBefore;

    @Column(name = "claimed_by", length = 100)
    private String claimedBy;

    @Column(name = "claimed_at")
    private Instant claimedAt;

    @Column(name = "last_error", length = MAX_ERROR)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutboxMail() {
    }

    public OutboxMail(long agencyId, Long userId, Long notificationId, String toAddress, String language, String subject,
                      String body, boolean urgent, Instant now, Instant notBefore) {
        this.agencyId = agencyId;
        this.userId = userId;
        this.notificationId = notificationId;
        this.toAddress = Objects.requireNonNull(toAddress, "toAddress");
        this.language = language;
        this.subject = subject;
        this.body = body;
        this.urgent = urgent;
        this.createdAt = now;
        this.notBefore = notBefore;
    }

    public void sent(Instant at) {
        state = State.SENT;
        sentAt = at;
        attempts++;
        lastError = null;
        claimedBy = null;
    }

    /**
     * A failed attempt: due again after {@code retryBase × 2^(attempts−1)} (at most 64 × the base), or
     * FAILED after the last attempt.
     */
    public void failed(Instant at, String error, Duration retryBase, int maxAttempts) {
        attempts++;
        lastError = error == null ? "?" : error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
        claimedBy = null;
        if (attempts >= maxAttempts) {
            state = State.FAILED;
        } else {
            state = State.PENDING;
            notBefore = at.plus(retryBase.multipliedBy(1L << Math.min(attempts - 1, 6)));
        }
    }

    /** Not sent and not counted as an attempt (e.g. e-mail switched off): due again later. */
    public void postpone(Instant until, String reason) {
        state = State.PENDING;
        notBefore = until;
        lastError = reason;
        claimedBy = null;
    }

    /** An administrator asks for another round of attempts. */
    public void retry(Instant now) {
        if (state == State.FAILED) {
            state = State.PENDING;
            attempts = 0;
            notBefore = now;
        }
    }

    public Long id() { return id; }
    public long agencyId() { return agencyId; }
    public Long userId() { return userId; }
    public Long notificationId() { return notificationId; }
    public String toAddress() { return toAddress; }
    public String language() { return language; }
    public String subject() { return subject; }
    public String body() { return body; }
    public boolean urgent() { return urgent; }
    public State state() { return state; }
    public int attempts() { return attempts; }
    public Instant notBefore() { return notBefore; }
    public String lastError() { return lastError; }
    public Instant createdAt() { return createdAt; }
    public Instant sentAt() { return sentAt; }
}
