package vn.congvan.application.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.congvan.application.events.NotificationKind;
import vn.congvan.application.events.NotificationRequested;
import vn.congvan.domain.model.agency.Role;
import vn.congvan.domain.model.agency.User;
import vn.congvan.domain.model.document.DocumentKind;
import vn.congvan.domain.model.incoming.IncomingDocument;
import vn.congvan.domain.model.incoming.Priority;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * An urgent incoming document (Thượng khẩn, Hỏa tốc) is "registered and handed on at once" (ND30): when
 * the clerk registers one, the agency's leaders cleared for its secrecy level are told at once
 * ({@link NotificationKind#REGISTERED_URGENT}), in the app and by e-mail.
 */
@ApplicationScoped
public class UrgentArrivals {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<NotificationRequested> notifications;

    /** Called by registration inside its transaction, after the document is written. */
    public void registered(IncomingDocument doc, User clerk) {
        if (!doc.priority().urgent()) {
            return;
        }
        Set<Long> leaders = em.createQuery("SELECT DISTINCT u FROM User u JOIN u.roles r WHERE u.agency = :agency"
                        + " AND u.active = true AND r = :leader", User.class)
                .setParameter("agency", doc.agency()).setParameter("leader", Role.LEADER).getResultStream()
                .filter(u -> u.clearance().covers(doc.secrecy()))
                .filter(u -> !u.id().equals(clerk.id()))
                .map(User::id).collect(Collectors.toSet());
        if (leaders.isEmpty()) {
            return;
        }
        notifications.fire(new NotificationRequested(doc.agency().id(), leaders, NotificationKind.REGISTERED_URGENT,
                DocumentKind.INCOMING, doc.id(), title(doc), detail(doc), clerk.id(), true));
    }

    public static String title(IncomingDocument doc) {
        StringBuilder b = new StringBuilder();
        String notation = doc.numberAndNotation();
        if (notation != null && !notation.isBlank()) {
            b.append(notation).append(' ');
        }
        b.append('(').append(doc.organName()).append("): ").append(doc.subject());
        return b.toString();
    }

    static String detail(IncomingDocument doc) {
        String level = doc.priority() == Priority.THUONG_KHAN ? "Thượng khẩn"
                : doc.priority() == Priority.HOA_TOC_HEN_GIO ? "Hỏa tốc hẹn giờ" : "Hỏa tốc";
        return level + " · số đến " + doc.arrivalNumber()
                + (doc.dueDate() == null ? "" : " · hạn xử lý " + doc.dueDate().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    }
}
