package vn.congvan.application.calendar;

import java.time.LocalDate;
import java.util.List;

/** What the calendar administration and the working-day computation answer. */
public final class CalendarViews {

    private CalendarViews() {
    }

    /** A day of the calendar; {@code dayOfWeek} is 1 (Monday) to 7 (Sunday). */
    public record DayView(long id, LocalDate day, String kind, String name, int dayOfWeek) {
    }

    /** A year of the calendar, with what it means: how many working days each month has. */
    public record YearView(int year, List<DayView> days, int workingDays, List<Integer> workingDaysPerMonth) {
    }

    /** What "load the Vietnamese public holidays" did: the days added, and those left alone (already set). */
    public record LoadResult(int year, List<DayView> added, List<LocalDate> skipped) {
    }

    /**
     * {@code days} working days after {@code from}: {@code date}; {@code skipped} are the days off between
     * that the calendar names (holidays, in order).
     */
    public record WorkingDaysView(LocalDate from, int days, LocalDate date, List<DayView> skipped) {
    }
}
