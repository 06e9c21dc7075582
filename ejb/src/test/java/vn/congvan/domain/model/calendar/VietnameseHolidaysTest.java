package vn.congvan.domain.model.calendar;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VietnameseHolidaysTest {

    private static Map<LocalDate, String> days(int year) {
        return VietnameseHolidays.of(year).stream()
                .collect(Collectors.toMap(VietnameseHolidays.Holiday::day, VietnameseHolidays.Holiday::name));
    }

    @Test
    void year2026() {
        Map<LocalDate, String> d = days(2026);
        // Tết Bính Ngọ 17/2/2026: 16/2 (last day of Ất Tỵ) to 20/2 (mùng 4), Monday to Friday
        for (int day = 16; day <= 20; day++) {
            assertTrue(d.get(LocalDate.of(2026, 2, day)).startsWith("Tết Nguyên Đán"), "Tết " + day + "/2");
        }
        assertEquals("Tết Dương lịch", d.get(LocalDate.of(2026, 1, 1)));
        assertEquals("Giỗ Tổ Hùng Vương (10/3 âm lịch)", d.get(LocalDate.of(2026, 4, 26)));
        // 26/4/2026 is a Sunday: taken on Monday 27/4
        assertEquals("Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch)", d.get(LocalDate.of(2026, 4, 27)));
        assertTrue(d.containsKey(LocalDate.of(2026, 4, 30)));
        assertTrue(d.containsKey(LocalDate.of(2026, 5, 1)));
        // 2/9/2026 is a Wednesday: 1/9 goes with it
        assertTrue(d.containsKey(LocalDate.of(2026, 9, 2)));
        assertTrue(d.containsKey(LocalDate.of(2026, 9, 1)));
        assertFalse(d.containsKey(LocalDate.of(2026, 9, 3)));
        assertEquals(12, d.size(), d.toString());
    }

    @Test
    void year2025() {
        Map<LocalDate, String> d = days(2025);
        // Tết Ất Tỵ 29/1/2025: 28/1 (29 tháng Chạp, the last day) to 1/2 (mùng 4, a Saturday → Monday 3/2)
        assertTrue(d.containsKey(LocalDate.of(2025, 1, 28)));
        assertTrue(d.containsKey(LocalDate.of(2025, 2, 1)));
        assertEquals("Nghỉ bù Tết Nguyên Đán (mùng 4)", d.get(LocalDate.of(2025, 2, 3)));
        assertEquals("Giỗ Tổ Hùng Vương (10/3 âm lịch)", d.get(LocalDate.of(2025, 4, 7)));
        // 2/9/2025 is a Tuesday: Monday 1/9 goes with it (as the government decided)
        assertTrue(d.containsKey(LocalDate.of(2025, 9, 1)));
    }

    @Test
    void nationalDayCompanion() {
        assertEquals(LocalDate.of(2024, 9, 3), VietnameseHolidays.nationalDayCompanion(2024)); // 2/9 Monday
        assertEquals(LocalDate.of(2025, 9, 1), VietnameseHolidays.nationalDayCompanion(2025)); // Tuesday
        assertEquals(LocalDate.of(2027, 9, 3), VietnameseHolidays.nationalDayCompanion(2027)); // Thursday
        assertEquals(LocalDate.of(2029, 9, 3), VietnameseHolidays.nationalDayCompanion(2029)); // Sunday
    }

    @Test
    void daysInLieuNeverLandOnAHolidayOrWeekend() {
        for (int year = 2000; year <= 2100; year++) {
            List<VietnameseHolidays.Holiday> list = VietnameseHolidays.of(year);
            assertEquals(list.size(), list.stream().map(VietnameseHolidays.Holiday::day).distinct().count(), "" + year);
            for (VietnameseHolidays.Holiday h : list) {
                if (h.name().startsWith("Nghỉ bù")) {
                    int dow = h.day().getDayOfWeek().getValue();
                    assertTrue(dow <= 5, h + " " + year);
                }
            }
        }
        assertThrows(IllegalArgumentException.class, () -> VietnameseHolidays.of(1800));
    }
}
