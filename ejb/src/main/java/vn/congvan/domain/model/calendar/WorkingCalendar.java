package vn.congvan.domain.model.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * An agency's working days: Monday to Friday, less its holidays (ngày nghỉ lễ, Tết, and days off moved
 * by decision), plus weekend days declared working (ngày làm bù). Deadlines are counted in working days
 * (ND30: "ngày làm việc").
 */
public final class WorkingCalendar {

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> workingWeekendDays;

    public WorkingCalendar(Set<LocalDate> holidays, Set<LocalDate> workingWeekendDays) {
        this.holidays = Set.copyOf(holidays);
        this.workingWeekendDays = Set.copyOf(workingWeekendDays);
    }

    /** Monday to Friday, no holidays. */
    public static WorkingCalendar weekdays() {
        return new WorkingCalendar(Set.of(), Set.of());
    }

    public boolean isWorkingDay(LocalDate day) {
        Objects.requireNonNull(day, "day");
        if (workingWeekendDays.contains(day)) {
            return true;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /**
     * The day {@code days} working days after {@code from} (from itself not counted): Friday plus one
     * working day is the next Monday, unless that is a holiday. Zero gives {@code from} if it is a
     * working day, else the next working day.
     */
    public LocalDate plusWorkingDays(LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        LocalDate day = from;
        if (days == 0) {
            while (!isWorkingDay(day)) {
                day = day.plusDays(1);
            }
            return day;
        }
        int left = days;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /**
     * Working days after {@code from} up to and including {@code to}; negative when {@code to} is before
     * {@code from} (so "done 2 working days early" is {@code workingDaysBetween(done, deadline) == 2}).
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** Early, on time or late: done before the deadline day, on it, or after it (no deadline: on time). */
    public static Timeliness timeliness(LocalDate done, LocalDate deadline) {
        if (deadline == null) {
            return Timeliness.ON_TIME;
        }
        int cmp = done.compareTo(deadline);
        return cmp < 0 ? Timeliness.EARLY : cmp == 0 ? Timeliness.ON_TIME : Timeliness.LATE;
    }

    /** How a task was finished against its deadline (the figures agencies report). */
    public enum Timeliness { EARLY, ON_TIME, LATE }
}
