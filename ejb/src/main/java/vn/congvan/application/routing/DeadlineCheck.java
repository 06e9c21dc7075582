package vn.congvan.application.routing;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.congvan.application.calendar.CalendarService;
import vn.congvan.application.common.VietnamTime;
import vn.congvan.application.events.NotificationKind;
import vn.congvan.application.events.NotificationRequested;
import vn.congvan.application.notification.UrgentArrivals;
import vn.congvan.application.security.UserDirectory;
import vn.congvan.domain.model.agency.Role;
import vn.congvan.domain.model.calendar.WorkingCalendar;
import vn.congvan.domain.model.document.DocumentKind;
import vn.congvan.domain.model.routing.Assignment;
import vn.congvan.domain.model.routing.AssignmentPart;
import vn.congvan.domain.model.routing.AssignmentState;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The deadline check: finds the open parts (lead and cooperating) whose deadline is near (within
 * {@code congvan.routing.due-soon-days} working days by the agency's calendar) or passed, and tells their
 * holders (and, when overdue, whoever set the deadline) once: the time it told them is stored on the part,
 * so the check can run as often as it likes, and a restart (the schedule is not persistent; its state is in
 * the database) neither loses nor repeats a notification. A granted extension or a new deadline clears the marks.
 */
@Stateless
public class DeadlineCheck {

    private static final Logger LOG = Logger.getLogger(DeadlineCheck.class.getName());

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CalendarService calendars;

    @EJB
    private UserDirectory users;

    @EJB
    private RoutingService routing;

    @Inject
    private Event<NotificationRequested> notifications;

    @Schedule(hour = "*", minute = "*/15", persistent = false)
    void scheduled() {
        RoutingViews.DeadlineCheckResult r = run(VietnamTime.today(), null);
        if (r.dueSoon() + r.overdue() > 0) {
            LOG.info(() -> "Deadline check " + r.asOf() + ": " + r.dueSoon() + " due soon, " + r.overdue() + " overdue");
        }
    }

    /** Runs the check now for the administrator's agency, as of {@code asOf} (null: today). */
    @RolesAllowed(Role.Names.ADMIN)
    public RoutingViews.DeadlineCheckResult runForMyAgency(LocalDate asOf) {
        return run(asOf == null ? VietnamTime.today() : asOf, users.current().agency().id());
    }

    @PermitAll
    public RoutingViews.DeadlineCheckResult run(LocalDate asOf, Long agencyId) {
        int soonDays = RoutingSettings.dueSoonWorkingDays();
        // a generous window in calendar days: soonDays working days never span more than this around Tết
        LocalDate horizon = asOf.plusDays(soonDays * 3L + 14);
        List<Assignment> open = em.createQuery("SELECT a FROM Assignment a WHERE a.state IN :open AND a.part <> :inform"
                        + " AND a.deadline IS NOT NULL AND a.deadline <= :horizon AND a.overdueNotifiedAt IS NULL"
                        + " AND (:all = true OR a.agency.id = :agency) ORDER BY a.id", Assignment.class)
                .setParameter("open", List.of(AssignmentState.ASSIGNED, AssignmentState.IN_PROGRESS))
                .setParameter("inform", AssignmentPart.INFORM).setParameter("horizon", horizon)
                .setParameter("all", agencyId == null).setParameter("agency", agencyId == null ? -1L : agencyId)
                .getResultList();
        Map<Long, WorkingCalendar> calendarsByAgency = new HashMap<>();
        Instant now = Instant.now();
        int soon = 0;
        int overdue = 0;
        for (Assignment a : open) {
            if (a.deadline().isBefore(asOf)) {
                a.markOverdueNotified(now);
                Set<Long> to = new LinkedHashSet<>(routing.holders(a));
                to.add(a.deadlineSetBy().id());
                tell(a, to, NotificationKind.OVERDUE);
                overdue++;
            } else if (a.dueSoonNotifiedAt() == null) {
                WorkingCalendar cal = calendarsByAgency.computeIfAbsent(a.agency().id(),
                        id -> calendars.calendar(id, asOf, horizon));
                if (cal.workingDaysBetween(asOf, a.deadline()) <= soonDays) {
                    a.markDueSoonNotified(now);
                    tell(a, routing.holders(a), NotificationKind.DUE_SOON);
                    soon++;
                }
            }
        }
        em.flush();
        return new RoutingViews.DeadlineCheckResult(asOf, open.size(), soon, overdue);
    }

    private void tell(Assignment a, Set<Long> to, NotificationKind kind) {
        if (to.isEmpty()) {
            return;
        }
        notifications.fire(new NotificationRequested(a.agency().id(), to, kind, DocumentKind.INCOMING,
                a.document().id(), UrgentArrivals.title(a.document()),
                RoutingService.partName(a.part()) + RoutingService.deadlineText(a.deadline()), null,
                a.document().priority().urgent()));
    }
}
