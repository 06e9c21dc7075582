package vn.congvan.application.statistics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.common.FieldError;
import vn.congvan.application.common.VietnamTime;
import vn.congvan.application.security.UserDirectory;
import vn.congvan.domain.model.agency.Clearance;
import vn.congvan.domain.model.agency.Role;
import vn.congvan.domain.model.agency.User;
import vn.congvan.domain.model.incoming.DocumentAccess;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Statistics of routing, counted by the database (one aggregate query, indexes of V100): per department or
 * per person, for the parts given in a period. Leaders, clerks and administrators see the whole agency, a
 * department head their department. Secret documents count only for users cleared for their level, as
 * everywhere else.
 */
@Stateless
public class StatisticsService {

    public static final String DEPARTMENT = "department";
    public static final String PERSON = "person";

    private static final String COUNTS = "COUNT(*),"
            + " SUM(CASE WHEN a.state = 'DONE' AND a.deadline IS NOT NULL AND a.done_on < a.deadline THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN a.state = 'DONE' AND (a.deadline IS NULL OR a.done_on = a.deadline) THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN a.state = 'DONE' AND a.deadline IS NOT NULL AND a.done_on > a.deadline THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN a.state IN ('ASSIGNED', 'IN_PROGRESS') THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN a.state IN ('ASSIGNED', 'IN_PROGRESS') AND a.deadline < :today THEN 1 ELSE 0 END)";

    private static final String FROM = " FROM routing_assignment a"
            + " JOIN incoming_document d ON d.id = a.document_id"
            + " JOIN department dep ON dep.id = a.assignee_department_id"
            + " LEFT JOIN app_user u ON u.id = a.assignee_user_id"
            + " WHERE a.agency_id = :agency AND a.assigned_on >= :from AND a.assigned_on <= :to"
            + " AND a.part IN ('LEAD', 'COOPERATE') AND a.state <> 'RETURNED' AND d.secrecy IN (:levels)"
            + " AND (:whole = 1 OR a.assignee_department_id = :dept)";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private UserDirectory users;

    /**
     * The report.
     *
     * @param from    first day (inclusive); null: the first day of this month
     * @param to      last day (inclusive); null: today
     * @param groupBy department (default) or person
     */
    @RolesAllowed({Role.Names.LEADER, Role.Names.CLERK, Role.Names.ADMIN, Role.Names.DEPT_HEAD})
    public StatisticsViews.Report report(LocalDate from, LocalDate to, String groupBy) {
        User me = users.current();
        LocalDate today = VietnamTime.today();
        LocalDate f = from == null ? today.withDayOfMonth(1) : from;
        LocalDate t = to == null ? today : to;
        if (f.isAfter(t)) {
            throw ApplicationProblemException.invalid(FieldError.of("from", "statistics.range.invalid", f, t));
        }
        String by = groupBy == null || groupBy.isBlank() ? DEPARTMENT : groupBy.strip().toLowerCase(Locale.ROOT);
        if (!by.equals(DEPARTMENT) && !by.equals(PERSON)) {
            throw ApplicationProblemException.invalid(FieldError.of("groupBy", "statistics.groupBy.invalid"));
        }
        boolean whole = me.hasAnyRole(Role.LEADER, Role.CLERK, Role.ADMIN);
        if (!whole && me.department() == null) {
            return new StatisticsViews.Report(f, t, by, me.agency().name(), List.of(), sum(List.of()));
        }
        String sql = by.equals(DEPARTMENT)
                ? "SELECT a.assignee_department_id, dep.name, dep.name, " + COUNTS + FROM
                        + " GROUP BY a.assignee_department_id, dep.name ORDER BY dep.name"
                : "SELECT a.assignee_user_id, u.full_name, dep.name, " + COUNTS + FROM
                        + " GROUP BY a.assignee_user_id, u.full_name, dep.name ORDER BY dep.name, u.full_name";
        @SuppressWarnings("unchecked")
        List<Object[]> result = em.createNativeQuery(sql)
                .setParameter("agency", me.agency().id()).setParameter("from", f).setParameter("to", t)
                .setParameter("today", today)
                .setParameter("levels", DocumentAccess.visibleLevels(me).stream().map(Clearance::name).toList())
                .setParameter("whole", whole ? 1 : 0)
                .setParameter("dept", me.department() == null ? -1L : me.department().id())
                .getResultList();
        List<StatisticsViews.Row> rows = new ArrayList<>();
        for (Object[] r : result) {
            rows.add(new StatisticsViews.Row(r[0] == null ? null : ((Number) r[0]).longValue(), (String) r[1],
                    (String) r[2], n(r[3]), n(r[4]), n(r[5]), n(r[6]), n(r[7]), n(r[8])));
        }
        return new StatisticsViews.Report(f, t, by, me.agency().name(), rows, sum(rows));
    }

    private static StatisticsViews.Row sum(List<StatisticsViews.Row> rows) {
        long[] s = new long[6];
        for (StatisticsViews.Row r : rows) {
            s[0] += r.received();
            s[1] += r.early();
            s[2] += r.onTime();
            s[3] += r.late();
            s[4] += r.open();
            s[5] += r.overdue();
        }
        return new StatisticsViews.Row(null, "Tổng cộng", null, s[0], s[1], s[2], s[3], s[4], s[5]);
    }

    private static long n(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
