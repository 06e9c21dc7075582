package vn.congvan.domain.model.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Dates checked against the published Vietnamese calendars (lịch vạn niên) of those years. */
class LunarCalendarTest {

    @ParameterizedTest(name = "Tết {0} = {1}")
    @CsvSource({
            "2020, 2020-01-25",
            "2023, 2023-01-22",
            "2024, 2024-02-10",
            "2025, 2025-01-29",
            "2026, 2026-02-17",
            "2027, 2027-02-06",
            "2028, 2028-01-26",
            // the year where Vietnam (UTC+7) and China (UTC+8) differ: Tết 1985 was 21/1 in Vietnam, 20/2 in China
            "1985, 1985-01-21",
            "2007, 2007-02-17"
    })
    void tetNguyenDan(int year, LocalDate expected) {
        assertEquals(expected, LunarCalendar.newYear(year));
    }

    @ParameterizedTest(name = "Giỗ Tổ {0} = {1}")
    @CsvSource({
            "2020, 2020-04-02",
            "2023, 2023-04-29",   // after the leap 2nd month of Quý Mão
            "2024, 2024-04-18",
            "2025, 2025-04-07",
            "2026, 2026-04-26"
    })
    void hungKingsCommemoration(int year, LocalDate expected) {
        assertEquals(expected, LunarCalendar.toSolar(10, 3, year));
    }

    @Test
    void leapMonths() {
        assertEquals(2, LunarCalendar.leapMonth(2023));
        assertEquals(6, LunarCalendar.leapMonth(2025));
        assertEquals(0, LunarCalendar.leapMonth(2024));
        assertEquals(0, LunarCalendar.leapMonth(2026));
        // 1/2 nhuận Quý Mão = 22/3/2023; 1/6 nhuận Ất Tỵ = 25/7/2025
        assertEquals(LocalDate.of(2023, 3, 22), LunarCalendar.toSolar(1, 2, 2023, true, LunarCalendar.VIETNAM_ZONE));
        assertEquals(LocalDate.of(2025, 7, 25), LunarCalendar.toSolar(1, 6, 2025, true, LunarCalendar.VIETNAM_ZONE));
        assertThrows(IllegalArgumentException.class, () -> LunarCalendar.toSolar(1, 3, 2025, true, LunarCalendar.VIETNAM_ZONE));
    }

    @Test
    void midAutumnAndTheLastDayOfTheYear() {
        assertEquals(LocalDate.of(2025, 10, 6), LunarCalendar.toSolar(15, 8, 2025));
        // 30 tháng Chạp Giáp Thìn does not exist (month of 29 days): the day before Tết 2025 is 29 Chạp
        assertEquals(LocalDate.of(2025, 1, 28), LunarCalendar.toSolar(29, 12, 2024));
    }

    @Test
    void outOfRange() {
        assertThrows(IllegalArgumentException.class, () -> LunarCalendar.toSolar(0, 1, 2025));
        assertThrows(IllegalArgumentException.class, () -> LunarCalendar.toSolar(1, 13, 2025));
        assertThrows(IllegalArgumentException.class, () -> LunarCalendar.toSolar(1, 1, 1700));
    }
}
