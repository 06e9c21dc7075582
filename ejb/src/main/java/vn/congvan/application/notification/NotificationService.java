package vn.congvan.application.notification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.common.FieldError;
import vn.congvan.application.common.Problem;
import vn.congvan.application.security.UserDirectory;
import vn.congvan.domain.model.agency.Role;
import vn.congvan.domain.model.agency.User;
import vn.congvan.domain.model.notification.Notification;
import vn.congvan.domain.model.notification.NotificationPreference;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** The caller's notifications: list, count, mark read; and their notification preferences. */
@Stateless
public class NotificationService {

    public static final int MAX_PAGE_SIZE = 100;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private UserDirectory users;

    /** A page of the caller's notifications, newest first; only unread ones when asked. */
    @RolesAllowed({Role.Names.CLERK, Role.Names.LEADER, Role.Names.DEPT_HEAD, Role.Names.SPECIALIST, Role.Names.ADMIN})
    public NotificationView.Page list(boolean unreadOnly, int page, int size, Locale locale) {
        if (page < 0) {
            throw ApplicationProblemException.invalid(FieldError.of("page", "validation.min", 0));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw ApplicationProblemException.invalid(size < 1 ? FieldError.of("size", "validation.min", 1)
                    : FieldError.of("size", "validation.max", MAX_PAGE_SIZE));
        }
        User me = users.current();
        String where = " FROM Notification n WHERE n.userId = :me" + (unreadOnly ? " AND n.readAt IS NULL" : "");
        long total = em.createQuery("SELECT COUNT(n)" + where, Long.class).setParameter("me", me.id()).getSingleResult();
        List<Notification> rows = em.createQuery("SELECT n" + where + " ORDER BY n.createdAt DESC, n.id DESC", Notification.class)
                .setParameter("me", me.id()).setFirstResult(page * size).setMaxResults(size).getResultList();
        return new NotificationView.Page(rows.stream().map(n -> view(n, me, locale)).toList(), total,
                count(me).unread(), page, size);
    }

    @RolesAllowed({Role.Names.CLERK, Role.Names.LEADER, Role.Names.DEPT_HEAD, Role.Names.SPECIALIST, Role.Names.ADMIN})
    public NotificationView.Count count() {
        return count(users.current());
    }

    /** Marks one of the caller's notifications read; someone else's is "not found". */
    @RolesAllowed({Role.Names.CLERK, Role.Names.LEADER, Role.Names.DEPT_HEAD, Role.Names.SPECIALIST, Role.Names.ADMIN})
    public NotificationView markRead(long id, Locale locale) {
        User me = users.current();
        Notification n = em.find(Notification.class, id);
        if (n == null || n.userId() != me.id()) {
            throw new ApplicationProblemException(Problem.NOT_FOUND, "notification.notFound");
        }
        n.markRead(Instant.now());
        return view(n, me, locale);
    }

    /** Marks all the caller's notifications read; how many were unread. */
    @RolesAllowed({Role.Names.CLERK, Role.Names.LEADER, Role.Names.DEPT_HEAD, Role.Names.SPECIALIST, Role.Names.ADMIN})
    public int markAllRead() {
        User me = users.current();
        return em.createQuery("UPDATE Notification n SET n.readAt = :now WHERE n.userId = :me AND n.readAt IS NULL")
                .setParameter("now", Instant.now()).setParameter("me", me.id()).executeUpdate();
    }

    @RolesAllowed({Role.Names.CLERK, Role.Names.LEADER, Role.Names.DEPT_HEAD, Role.Names.SPECIALIST, Role.Names.ADMIN})
    public NotificationPreferences preferences() {
        User me = users.current();
        NotificationPreference p = em.find(NotificationPreference.class, me.id());
        return new NotificationPreferences(p == null || p.emailEnabled(), p == null ? "vi" : p.language(), blankToNull(me.email()));
    }

    /** Changes the caller's choices; a field left out keeps its value. */
    @RolesAllowed({Role.Names.CLERK, Role.Names.LEADER, Role.Names.DEPT_HEAD, Role.Names.SPECIALIST, Role.Names.ADMIN})
    public NotificationPreferences updatePreferences(NotificationPreferences command) {
        if (command == null) {
            throw new ApplicationProblemException(Problem.BAD_REQUEST, "error.body.missing");
        }
        if (command.language() != null && !"vi".equals(command.language()) && !"en".equals(command.language())) {
            throw ApplicationProblemException.invalid(FieldError.of("language", "notification.language.unknown"));
        }
        User me = users.current();
        NotificationPreference p = em.find(NotificationPreference.class, me.id());
        if (p == null) {
            p = new NotificationPreference(me.id());
            em.persist(p);
        }
        p.change(command.emailEnabled() == null ? p.emailEnabled() : command.emailEnabled(),
                command.language() == null ? p.language() : command.language());
        return new NotificationPreferences(p.emailEnabled(), p.language(), blankToNull(me.email()));
    }

    private NotificationView.Count count(User me) {
        Object[] row = em.createQuery("SELECT COUNT(n), SUM(CASE WHEN n.urgent = true THEN 1 ELSE 0 END) FROM Notification n"
                        + " WHERE n.userId = :me AND n.readAt IS NULL", Object[].class)
                .setParameter("me", me.id()).getSingleResult();
        long unread = row[0] == null ? 0 : ((Number) row[0]).longValue();
        long urgent = row[1] == null ? 0 : ((Number) row[1]).longValue();
        return new NotificationView.Count(unread, urgent);
    }

    static NotificationView view(Notification n, User reader, Locale locale) {
        boolean cleared = NotificationTexts.cleared(n.secrecy(), reader.clearance());
        return new NotificationView(n.id(), n.kind().name(), n.documentKind().name(), n.documentId(),
                NotificationTexts.message(locale, n.kind(), n.title(), n.secrecy(), reader.clearance()),
                cleared ? n.detail() : null, n.actorName(), n.urgent(), n.read(), n.createdAt(), n.readAt(), n.link());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
