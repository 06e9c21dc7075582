package vn.congvan.domain.model.calendar;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CalendarDayTest {

    @Test
    void aMakeUpWorkingDayIsASaturdayOrSunday() {
        assertEquals(CalendarDay.Kind.WORKING,
                new CalendarDay(1, LocalDate.of(2026, 1, 10), CalendarDay.Kind.WORKING, "Làm bù").kind());
        CalendarDay.InvalidDayException e = assertThrows(CalendarDay.InvalidDayException.class,
                () -> new CalendarDay(1, LocalDate.of(2026, 1, 12), CalendarDay.Kind.WORKING, "Làm bù"));
        assertEquals("workingOnWeekday", e.reason());
        // a holiday may fall on any day (a Sunday holiday is shown, and taken in lieu on another day)
        CalendarDay d = new CalendarDay(1, LocalDate.of(2026, 4, 26), CalendarDay.Kind.HOLIDAY, "  Giỗ Tổ  ");
        assertEquals("Giỗ Tổ", d.name());
        assertThrows(CalendarDay.InvalidDayException.class,
                () -> d.change(LocalDate.of(2026, 4, 27), CalendarDay.Kind.WORKING, "x"));
        assertEquals(LocalDate.of(2026, 4, 26), d.day(), "a refused change changes nothing");
    }
}
