package vn.congvan.application.calendar;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.congvan.domain.model.calendar.WorkingCalendar;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The working-day calendar of an agency, read from {@code calendar_day}. */
@Stateless
public class CalendarService {

    @PersistenceContext
    private EntityManager em;

    /** The agency's calendar for the days from {@code from} to {@code to} (a window wide enough for the deadlines at hand). */
    @PermitAll
    public WorkingCalendar calendar(long agencyId, LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT calendar_date, kind FROM calendar_day WHERE agency_id = ?1 AND calendar_date BETWEEN ?2 AND ?3")
                .setParameter(1, agencyId).setParameter(2, Date.valueOf(from)).setParameter(3, Date.valueOf(to))
                .getResultList();
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> working = new HashSet<>();
        for (Object[] row : rows) {
            LocalDate day = row[0] instanceof Date d ? d.toLocalDate() : (LocalDate) row[0];
            ("HOLIDAY".equals(row[1]) ? holidays : working).add(day);
        }
        return new WorkingCalendar(holidays, working);
    }
}
