package vn.congvan.application.notification;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.congvan.domain.model.notification.OutboxMail;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The durable mail outbox: which messages are due, taking them (so that two nodes never send the same
 * row at the same time), and recording what came of each attempt. Each method is its own transaction when
 * called by the worker (which runs outside any).
 */
@Stateless
@PermitAll
public class MailOutbox {

    /** A row taken for sending. */
    public record Claimed(long id, long agencyId, String toAddress, String language, String subject, String body,
                          boolean urgent) {
    }

    /** What the outbox holds for an agency. */
    public record OutboxStatus(long pending, long failed, long sent, String lastError) {
    }

    @PersistenceContext
    private EntityManager em;

    /**
     * Takes up to {@code max} due rows: urgent first, then oldest. A conditional update marks them SENDING
     * under a token of this call, so a row taken by another node in the meantime is not taken here.
     */
    public List<Claimed> claim(String worker, Instant now, int max) {
        List<Long> ids = em.createQuery("SELECT m.id FROM OutboxMail m WHERE m.state = :pending AND m.notBefore <= :now"
                        + " ORDER BY m.urgent DESC, m.id", Long.class)
                .setParameter("pending", OutboxMail.State.PENDING).setParameter("now", now)
                .setMaxResults(max).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        String token = cut(worker, 60) + ":" + UUID.randomUUID();
        em.createQuery("UPDATE OutboxMail m SET m.state = :sending, m.claimedBy = :token, m.claimedAt = :now"
                        + " WHERE m.id IN :ids AND m.state = :pending")
                .setParameter("sending", OutboxMail.State.SENDING).setParameter("token", token)
                .setParameter("now", now).setParameter("ids", ids).setParameter("pending", OutboxMail.State.PENDING)
                .executeUpdate();
        return em.createQuery("SELECT m FROM OutboxMail m WHERE m.claimedBy = :token ORDER BY m.urgent DESC, m.id",
                        OutboxMail.class)
                .setParameter("token", token).getResultList().stream()
                .map(m -> new Claimed(m.id(), m.agencyId(), m.toAddress(), m.language(), m.subject(), m.body(), m.urgent()))
                .toList();
    }

    public void sent(List<Long> ids, Instant at) {
        for (Long id : ids) {
            OutboxMail m = em.find(OutboxMail.class, id);
            if (m != null) {
                m.sent(at);
            }
        }
    }

    public void failed(List<Long> ids, Instant at, String error) {
        for (Long id : ids) {
            OutboxMail m = em.find(OutboxMail.class, id);
            if (m != null) {
                m.failed(at, error, MailConfig.retryBase(), MailConfig.maxAttempts());
            }
        }
    }

    public void postpone(List<Long> ids, Instant until, String reason) {
        for (Long id : ids) {
            OutboxMail m = em.find(OutboxMail.class, id);
            if (m != null) {
                m.postpone(until, reason);
            }
        }
    }

    /** Rows left SENDING by a node that stopped or died while sending: due again (they may go out twice). */
    public int releaseStale(Instant claimedBefore) {
        return em.createQuery("UPDATE OutboxMail m SET m.state = :pending, m.claimedBy = NULL"
                        + " WHERE m.state = :sending AND m.claimedAt < :before")
                .setParameter("pending", OutboxMail.State.PENDING).setParameter("sending", OutboxMail.State.SENDING)
                .setParameter("before", claimedBefore).executeUpdate();
    }

    public OutboxStatus status(long agencyId) {
        long pending = count(agencyId, List.of(OutboxMail.State.PENDING, OutboxMail.State.SENDING));
        long failed = count(agencyId, List.of(OutboxMail.State.FAILED));
        long sent = count(agencyId, List.of(OutboxMail.State.SENT));
        String lastError = em.createQuery("SELECT m.lastError FROM OutboxMail m WHERE m.agencyId = :a"
                        + " AND m.lastError IS NOT NULL AND m.state <> :sent ORDER BY m.id DESC", String.class)
                .setParameter("a", agencyId).setParameter("sent", OutboxMail.State.SENT)
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
        return new OutboxStatus(pending, failed, sent, lastError);
    }

    /** Gives the agency's FAILED rows another round of attempts; how many. */
    public int retryFailed(long agencyId, Instant now) {
        List<OutboxMail> failed = em.createQuery("SELECT m FROM OutboxMail m WHERE m.agencyId = :a AND m.state = :failed",
                        OutboxMail.class)
                .setParameter("a", agencyId).setParameter("failed", OutboxMail.State.FAILED).getResultList();
        failed.forEach(m -> m.retry(now));
        return failed.size();
    }

    private long count(long agencyId, List<OutboxMail.State> states) {
        return em.createQuery("SELECT COUNT(m) FROM OutboxMail m WHERE m.agencyId = :a AND m.state IN :s", Long.class)
                .setParameter("a", agencyId).setParameter("s", states).getSingleResult();
    }

    static Duration staleAfter() {
        return Duration.ofMinutes(5);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(s.length() - max);
    }
}
