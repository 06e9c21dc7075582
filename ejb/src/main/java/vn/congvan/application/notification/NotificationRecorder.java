package vn.congvan.application.notification;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.congvan.application.common.Settings;
import vn.congvan.application.events.NotificationRequested;
import vn.congvan.domain.model.agency.Clearance;
import vn.congvan.domain.model.agency.User;
import vn.congvan.domain.model.document.DocumentKind;
import vn.congvan.domain.model.notification.Notification;
import vn.congvan.domain.model.notification.NotificationPreference;
import vn.congvan.domain.model.notification.OutboxMail;

import java.time.Instant;
import java.util.List;
import java.util.TreeSet;
import java.util.logging.Logger;

/**
 * Turns a {@link NotificationRequested} into one notification per recipient, and one outbox row per
 * recipient who gets e-mail, in the transaction of the change that fired it (IN_PROGRESS): they commit
 * or roll back with it. After a commit the mail worker is woken (AFTER_SUCCESS), so urgent mail leaves at once.
 *
 * <p>The document's secrecy and urgency are read from the document itself, not trusted from the event.
 * Not told: the actor, users of another agency, inactive users, and users not cleared for the document's
 * secrecy level (the firing service should not name them; they are dropped and logged).
 */
@ApplicationScoped
public class NotificationRecorder {

    private static final Logger LOG = Logger.getLogger(NotificationRecorder.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Settings settings;

    @EJB
    private MailWorker mailWorker;

    void record(@Observes(during = TransactionPhase.IN_PROGRESS) NotificationRequested e) {
        Instant now = Instant.now();
        DocumentFacts facts = facts(e.documentKind(), e.documentId());
        boolean urgent = e.urgent() || facts.urgent();
        User actor = e.actorUserId() == null ? null : em.find(User.class, e.actorUserId());
        String actorName = actor == null ? null : actor.fullName();
        int told = 0;
        for (Long id : new TreeSet<>(e.recipients())) {
            if (id == null || id.equals(e.actorUserId())) {
                continue;
            }
            User u = em.find(User.class, id);
            if (u == null || !u.active() || !u.agency().id().equals(e.agencyId())) {
                LOG.warning(() -> "Notification " + e.kind() + " for " + e.documentKind() + " " + e.documentId()
                        + ": user " + id + " is not an active user of agency " + e.agencyId() + "; not told");
                continue;
            }
            if (!u.clearance().covers(facts.secrecy())) {
                LOG.warning(() -> "Notification " + e.kind() + " for " + e.documentKind() + " " + e.documentId()
                        + ": " + u.username() + " is not cleared for " + facts.secrecy() + "; not told");
                continue;
            }
            Notification n = new Notification(e.agencyId(), id, e.kind(), e.documentKind(), e.documentId(), e.title(),
                    e.detail(), actorName, facts.secrecy(), urgent, now);
            em.persist(n);
            told++;
            NotificationPreference pref = em.find(NotificationPreference.class, id);
            boolean wantsMail = pref == null || pref.emailEnabled();
            if (wantsMail && u.email() != null && !u.email().isBlank() && MailConfig.enabled()) {
                em.flush(); // the notification's id for the outbox row
                String language = pref == null ? "vi" : pref.language();
                MailComposer.MailContent mail = MailComposer.notification(MailComposer.locale(language), e.kind(),
                        n.title(), n.detail(), actorName, facts.secrecy(), urgent, settings.publicUrl() + n.link());
                em.persist(new OutboxMail(e.agencyId(), id, n.id(), u.email().strip(), language, mail.subject(),
                        mail.body(), urgent, now, urgent ? now : now.plus(MailConfig.batchWindow())));
            }
        }
        int count = told;
        LOG.fine(() -> "Notification " + e.kind() + " for " + e.documentKind() + " " + e.documentId() + " to " + count + " user(s)");
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationRequested e) {
        mailWorker.kick();
    }

    /** The secrecy level and urgency of the document, as stored. */
    record DocumentFacts(Clearance secrecy, boolean urgent) {
    }

    DocumentFacts facts(DocumentKind kind, long id) {
        String table = switch (kind) {
            case INCOMING -> "incoming_document";
            case OUTGOING -> "outgoing_document";
            case DRAFT -> "draft";
        };
        List<?> rows = em.createNativeQuery("SELECT secrecy, priority FROM " + table + " WHERE id = ?1")
                .setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            return new DocumentFacts(Clearance.NONE, false);
        }
        Object[] row = (Object[]) rows.get(0);
        Clearance secrecy = row[0] == null ? Clearance.NONE : Clearance.valueOf(row[0].toString());
        int priority = row[1] == null ? 0 : ((Number) row[1]).intValue();
        return new DocumentFacts(secrecy, priority >= 2);
    }
}
