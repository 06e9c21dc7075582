package vn.congvan.application.calendar;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.common.CommandValidator;
import vn.congvan.application.common.FieldError;
import vn.congvan.application.common.Problem;
import vn.congvan.application.security.UserDirectory;
import vn.congvan.domain.model.agency.Role;
import vn.congvan.domain.model.agency.User;
import vn.congvan.domain.model.calendar.CalendarDay;
import vn.congvan.domain.model.calendar.VietnameseHolidays;
import vn.congvan.domain.model.calendar.WorkingCalendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The agency's working-day calendar (lịch làm việc): its administrator lists, adds, changes and removes
 * holidays and make-up working days, and loads the statutory Vietnamese holidays of a year as a start;
 * everyone may ask which day is N working days after another (default deadlines).
 */
@Stateless
public class CalendarAdminService {

    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;
    public static final int MAX_DAYS = 366;
    private static final Logger LOG = Logger.getLogger(CalendarAdminService.class.getName());
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @PersistenceContext
    private EntityManager em;

    @EJB
    private UserDirectory users;

    @EJB
    private CalendarService calendars;

    @Inject
    private CommandValidator validator;

    @RolesAllowed(Role.Names.ADMIN)
    public CalendarViews.YearView year(int year) {
        checkYear(year);
        User me = users.current();
        List<CalendarViews.DayView> days = days(me.agency().id(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        WorkingCalendar cal = calendars.calendar(me.agency().id(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        List<Integer> perMonth = new ArrayList<>();
        int total = 0;
        for (int m = 1; m <= 12; m++) {
            int n = 0;
            LocalDate first = LocalDate.of(year, m, 1);
            for (LocalDate d = first; d.getMonthValue() == m; d = d.plusDays(1)) {
                if (cal.isWorkingDay(d)) {
                    n++;
                }
            }
            perMonth.add(n);
            total += n;
        }
        return new CalendarViews.YearView(year, days, total, perMonth);
    }

    @RolesAllowed(Role.Names.ADMIN)
    public CalendarViews.DayView add(CalendarDayCommand command) {
        validator.check(command);
        User me = users.current();
        CalendarDay.Kind kind = kind(command.kind());
        checkYear(command.day().getYear(), "day");
        if (existing(me.agency().id(), command.day()) != null) {
            throw duplicate(command.day());
        }
        CalendarDay d = build(me.agency().id(), command, kind);
        em.persist(d);
        flush(command.day());
        LOG.info(() -> "Calendar of agency " + me.agency().id() + ": " + d.kind() + " " + d.day() + " added by " + me.username());
        return view(d);
    }

    @RolesAllowed(Role.Names.ADMIN)
    public CalendarViews.DayView update(long id, CalendarDayCommand command) {
        User me = users.current();
        CalendarDay d = own(me, id);
        validator.check(command);
        CalendarDay.Kind kind = kind(command.kind());
        checkYear(command.day().getYear(), "day");
        CalendarDay other = existing(me.agency().id(), command.day());
        if (other != null && !other.id().equals(d.id())) {
            throw duplicate(command.day());
        }
        try {
            d.change(command.day(), kind, command.name());
        } catch (CalendarDay.InvalidDayException e) {
            throw ApplicationProblemException.invalid(FieldError.of("day", "calendar.working.weekday"));
        }
        flush(command.day());
        return view(d);
    }

    @RolesAllowed(Role.Names.ADMIN)
    public void delete(long id) {
        User me = users.current();
        em.remove(own(me, id));
        em.flush();
    }

    /**
     * Adds the statutory holidays of the year (BLLĐ 2019 Điều 112, with days in lieu) that are not in the
     * calendar yet; a day already set (by hand or an earlier load) is left as it is.
     */
    @RolesAllowed(Role.Names.ADMIN)
    public CalendarViews.LoadResult loadVietnameseHolidays(int year) {
        checkYear(year);
        User me = users.current();
        long agency = me.agency().id();
        Set<LocalDate> taken = new HashSet<>();
        for (CalendarDay d : em.createNamedQuery("CalendarDay.findByAgencyBetween", CalendarDay.class)
                .setParameter("agency", agency).setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("to", LocalDate.of(year, 12, 31)).getResultList()) {
            taken.add(d.day());
        }
        List<CalendarDay> created = new ArrayList<>();
        List<LocalDate> skipped = new ArrayList<>();
        for (VietnameseHolidays.Holiday h : VietnameseHolidays.of(year)) {
            if (taken.contains(h.day())) {
                skipped.add(h.day());
                continue;
            }
            CalendarDay d = new CalendarDay(agency, h.day(), CalendarDay.Kind.HOLIDAY, h.name());
            em.persist(d);
            created.add(d);
        }
        flush(LocalDate.of(year, 1, 1));
        List<CalendarViews.DayView> added = created.stream().map(CalendarAdminService::view).toList();
        LOG.info(() -> "Calendar of agency " + agency + ": " + added.size() + " holiday(s) of " + year + " loaded by "
                + me.username() + ", " + skipped.size() + " already set");
        return new CalendarViews.LoadResult(year, added, skipped);
    }

    /** The day {@code days} working days after {@code from} in the caller's agency's calendar. */
    @RolesAllowed({Role.Names.CLERK, Role.Names.LEADER, Role.Names.DEPT_HEAD, Role.Names.SPECIALIST, Role.Names.ADMIN})
    public CalendarViews.WorkingDaysView workingDays(LocalDate from, int days) {
        if (days < 0 || days > MAX_DAYS) {
            throw ApplicationProblemException.invalid(FieldError.of("days", "calendar.days.range", MAX_DAYS));
        }
        checkYear(from.getYear(), "from");
        User me = users.current();
        long agency = me.agency().id();
        LocalDate to = from.plusDays(days * 2L + 60);
        WorkingCalendar cal = calendars.calendar(agency, from, to);
        LocalDate date = cal.plusWorkingDays(from, days);
        List<CalendarViews.DayView> skipped = days(agency, from.plusDays(1), date).stream()
                .filter(d -> "HOLIDAY".equals(d.kind())).toList();
        return new CalendarViews.WorkingDaysView(from, days, date, skipped);
    }

    private List<CalendarViews.DayView> days(long agency, LocalDate from, LocalDate to) {
        return em.createNamedQuery("CalendarDay.findByAgencyBetween", CalendarDay.class)
                .setParameter("agency", agency).setParameter("from", from).setParameter("to", to)
                .getResultList().stream().map(CalendarAdminService::view).toList();
    }

    private CalendarDay build(long agency, CalendarDayCommand c, CalendarDay.Kind kind) {
        try {
            return new CalendarDay(agency, c.day(), kind, c.name());
        } catch (CalendarDay.InvalidDayException e) {
            throw ApplicationProblemException.invalid(FieldError.of("day", "calendar.working.weekday"));
        }
    }

    private void flush(LocalDate day) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            // uk_calendar_day: the same day added at the same moment by another request
            throw duplicate(day);
        }
    }

    private CalendarDay own(User me, long id) {
        CalendarDay d = em.find(CalendarDay.class, id);
        if (d == null || d.agencyId() != me.agency().id()) {
            throw new ApplicationProblemException(Problem.NOT_FOUND, "calendar.day.notFound");
        }
        return d;
    }

    private CalendarDay existing(long agency, LocalDate day) {
        return em.createNamedQuery("CalendarDay.findByAgencyDay", CalendarDay.class)
                .setParameter("agency", agency).setParameter("day", day).getResultStream().findFirst().orElse(null);
    }

    private static CalendarDay.Kind kind(String kind) {
        try {
            return CalendarDay.Kind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApplicationProblemException.invalid(FieldError.of("kind", "calendar.kind.unknown"));
        }
    }

    private static ApplicationProblemException duplicate(LocalDate day) {
        return new ApplicationProblemException(Problem.CONFLICT, "calendar.day.duplicate", day.format(DAY));
    }

    private static void checkYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new ApplicationProblemException(Problem.UNPROCESSABLE, "calendar.year.range", MIN_YEAR, MAX_YEAR);
        }
    }

    private static void checkYear(int year, String field) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw ApplicationProblemException.invalid(FieldError.of(field, "calendar.year.range", MIN_YEAR, MAX_YEAR));
        }
    }

    static CalendarViews.DayView view(CalendarDay d) {
        return new CalendarViews.DayView(d.id(), d.day(), d.kind().name(), d.name(), d.day().getDayOfWeek().getValue());
    }
}
