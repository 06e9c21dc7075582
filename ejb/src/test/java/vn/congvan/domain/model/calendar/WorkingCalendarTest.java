package vn.congvan.domain.model.calendar;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkingCalendarTest {

    // 2026: 30/4 (Thu) and 1/5 (Fri) are holidays; Saturday 9/5 is declared a working day (làm bù).
    private final WorkingCalendar calendar = new WorkingCalendar(
            Set.of(LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 1)),
            Set.of(LocalDate.of(2026, 5, 9)));

    @Test
    void weekendsHolidaysAndMadeUpDays() {
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 4, 29)));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 4, 30)));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 5, 2)));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 5, 3)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 5, 9)));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 5, 10)));
    }

    @Test
    void addingWorkingDaysSkipsWeekendsAndHolidays() {
        // Wednesday 29/4 + 1 working day: Thu and Fri are holidays, then the weekend → Monday 4/5.
        assertEquals(LocalDate.of(2026, 5, 4), calendar.plusWorkingDays(LocalDate.of(2026, 4, 29), 1));
        // Friday 8/5 + 1: Saturday 9/5 is a working day.
        assertEquals(LocalDate.of(2026, 5, 9), calendar.plusWorkingDays(LocalDate.of(2026, 5, 8), 1));
        assertEquals(LocalDate.of(2026, 5, 11), calendar.plusWorkingDays(LocalDate.of(2026, 5, 8), 2));
        // Zero from a holiday rolls to the next working day.
        assertEquals(LocalDate.of(2026, 5, 4), calendar.plusWorkingDays(LocalDate.of(2026, 4, 30), 0));
        assertThrows(IllegalArgumentException.class, () -> calendar.plusWorkingDays(LocalDate.of(2026, 5, 8), -1));
    }

    @Test
    void countingIsTheInverseOfAdding() {
        LocalDate from = LocalDate.of(2026, 4, 27);
        for (int n = 0; n < 30; n++) {
            LocalDate to = calendar.plusWorkingDays(from, n);
            assertEquals(n, calendar.workingDaysBetween(from, to), "n=" + n);
            assertEquals(-n, calendar.workingDaysBetween(to, from), "n=" + n);
        }
    }

    @Test
    void timelinessAgainstTheDeadlineDay() {
        LocalDate deadline = LocalDate.of(2026, 5, 15);
        assertEquals(WorkingCalendar.Timeliness.EARLY, WorkingCalendar.timeliness(deadline.minusDays(1), deadline));
        assertEquals(WorkingCalendar.Timeliness.ON_TIME, WorkingCalendar.timeliness(deadline, deadline));
        assertEquals(WorkingCalendar.Timeliness.LATE, WorkingCalendar.timeliness(deadline.plusDays(1), deadline));
        assertEquals(WorkingCalendar.Timeliness.ON_TIME, WorkingCalendar.timeliness(deadline, null));
    }
}
