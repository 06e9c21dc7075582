package vn.congvan.application.inbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.congvan.application.calendar.CalendarService;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.common.FieldError;
import vn.congvan.application.common.Problem;
import vn.congvan.application.common.VietnamTime;
import vn.congvan.application.routing.RoutingSettings;
import vn.congvan.application.security.UserDirectory;
import vn.congvan.application.workqueue.WorkItem;
import vn.congvan.application.workqueue.WorkQueueSource;
import vn.congvan.domain.model.agency.Role;
import vn.congvan.domain.model.agency.User;
import vn.congvan.domain.model.calendar.WorkingCalendar;
import vn.congvan.domain.model.routing.Assignment;
import vn.congvan.domain.model.routing.AssignmentState;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The personal inbox (việc cần xử lý): the open items of every {@link WorkQueueSource} (routing, drafting,
 * exchange…), urgent first (Hỏa tốc, Thượng khẩn), then by deadline (none last), then oldest first; with
 * the counts (total, due soon, overdue) and filters. Heads also get their department's open parts.
 */
@Stateless
public class InboxService {

    private static final Comparator<InboxViews.Item> ORDER = Comparator
            .comparing((InboxViews.Item i) -> !i.urgent())
            .thenComparing(InboxViews.Item::deadline, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(InboxViews.Item::since, Comparator.nullsLast(Comparator.naturalOrder()));

    @Inject
    @Any
    private Instance<WorkQueueSource> sources;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private UserDirectory users;

    @EJB
    private CalendarService calendars;

    /**
     * The caller's inbox.
     *
     * @param task  a task code (DIRECT, LEAD, COOPERATE, INFORM, EXTENSION, …), or null
     * @param state a state code, or null
     * @param due   OVERDUE, DUE_SOON, or null
     * @param q     words of the notation or the title (case-insensitive), or null
     */
    @RolesAllowed({Role.Names.CLERK, Role.Names.LEADER, Role.Names.DEPT_HEAD, Role.Names.SPECIALIST, Role.Names.ADMIN})
    public InboxViews.Inbox inbox(String task, String state, String due, String q) {
        User me = users.current();
        String dueFilter = due == null || due.isBlank() ? null : due.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        if (dueFilter != null && !dueFilter.equals("OVERDUE") && !dueFilter.equals("DUE_SOON")) {
            throw ApplicationProblemException.invalid(FieldError.of("due", "inbox.filter.invalid"));
        }
        Deadlines deadlines = deadlines(me);
        List<InboxViews.Item> all = new ArrayList<>();
        for (WorkQueueSource source : sources) {
            for (WorkItem w : source.openItems(me.id())) {
                all.add(new InboxViews.Item(w.documentKind().name(), w.documentId(), w.task(), w.notation(), w.title(),
                        w.priority().code(), w.priority().urgent(), w.deadline(), deadlines.overdue(w.deadline()),
                        deadlines.dueSoon(w.deadline()), w.state(), w.since(), w.link()));
            }
        }
        all.sort(ORDER);
        String text = q == null || q.isBlank() ? null : q.strip().toLowerCase(Locale.ROOT);
        List<InboxViews.Item> shown = all.stream()
                .filter(i -> task == null || task.isBlank() || i.task().equalsIgnoreCase(task.strip()))
                .filter(i -> state == null || state.isBlank() || state.strip().equalsIgnoreCase(i.state()))
                .filter(i -> dueFilter == null || (dueFilter.equals("OVERDUE") ? i.overdue() : i.dueSoon()))
                .filter(i -> text == null || (i.title() != null && i.title().toLowerCase(Locale.ROOT).contains(text))
                        || (i.notation() != null && i.notation().toLowerCase(Locale.ROOT).contains(text)))
                .toList();
        return new InboxViews.Inbox(all.size(), (int) all.stream().filter(InboxViews.Item::dueSoon).count(),
                (int) all.stream().filter(InboxViews.Item::overdue).count(),
                (int) all.stream().filter(InboxViews.Item::urgent).count(), shown);
    }

    /** How many open items the caller has (the header badge). */
    @RolesAllowed({Role.Names.CLERK, Role.Names.LEADER, Role.Names.DEPT_HEAD, Role.Names.SPECIALIST, Role.Names.ADMIN})
    public int count() {
        User me = users.current();
        int n = 0;
        for (WorkQueueSource source : sources) {
            n += source.openItems(me.id()).size();
        }
        return n;
    }

    /** The open parts given to the head's department (to the department or to its people). */
    @RolesAllowed(Role.Names.DEPT_HEAD)
    public InboxViews.DepartmentInbox department() {
        User me = users.current();
        if (me.department() == null) {
            throw new ApplicationProblemException(Problem.FORBIDDEN, "inbox.notDepartmentHead");
        }
        Deadlines deadlines = deadlines(me);
        List<InboxViews.DepartmentItem> items = em.createQuery("SELECT a FROM Assignment a WHERE a.department = :dep"
                        + " AND a.state IN :open ORDER BY a.deadline, a.id", Assignment.class)
                .setParameter("dep", me.department())
                .setParameter("open", List.of(AssignmentState.ASSIGNED, AssignmentState.IN_PROGRESS))
                .getResultStream().filter(a -> me.clearance().covers(a.document().secrecy()))
                .map(a -> new InboxViews.DepartmentItem(a.id(), a.document().id(), a.document().numberAndNotation(),
                        a.document().subject(), a.document().priority().code(), a.document().priority().urgent(),
                        a.part().name(), a.state().name(), a.assignee() == null ? null : a.assignee().id(),
                        a.assignee() == null ? null : a.assignee().fullName(), a.deadline(),
                        deadlines.overdue(a.deadline()), deadlines.dueSoon(a.deadline()), a.extensionUntil() != null,
                        a.assignedAt(), "app/incoming/view.xhtml?id=" + a.document().id()))
                .sorted(Comparator.comparing((InboxViews.DepartmentItem i) -> !i.urgent())
                        .thenComparing(InboxViews.DepartmentItem::deadline, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        return new InboxViews.DepartmentInbox(me.department().id(), me.department().name(), items.size(),
                (int) items.stream().filter(InboxViews.DepartmentItem::dueSoon).count(),
                (int) items.stream().filter(InboxViews.DepartmentItem::overdue).count(),
                (int) items.stream().filter(i -> i.userId() == null).count(), items);
    }

    private Deadlines deadlines(User me) {
        LocalDate today = VietnamTime.today();
        int soon = RoutingSettings.dueSoonWorkingDays();
        WorkingCalendar cal = calendars.calendar(me.agency().id(), today, today.plusDays(soon * 3L + 14));
        return new Deadlines(today, soon, cal);
    }

    /** Overdue: before today. Due soon: today up to {@code soon} working days ahead. */
    private record Deadlines(LocalDate today, int soon, WorkingCalendar calendar) {
        boolean overdue(LocalDate deadline) {
            return deadline != null && deadline.isBefore(today);
        }

        boolean dueSoon(LocalDate deadline) {
            return deadline != null && !deadline.isBefore(today) && calendar.workingDaysBetween(today, deadline) <= soon;
        }
    }
}
