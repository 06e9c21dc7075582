package vn.congvan.domain.model.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The public holidays of a year under Bộ luật Lao động 2019, Điều 112 (khoản 1): Tết Dương lịch (1/1),
 * Tết Âm lịch (5 days: the last day of the old lunar year and the first four of the new one), Chiến thắng
 * (30/4), Quốc tế lao động (1/5), Quốc khánh (2/9 and one day before or after it), Giỗ Tổ Hùng Vương
 * (10/3 âm lịch); and (khoản 3) a holiday that falls on the weekly rest day (Saturday, Sunday for state
 * agencies) is taken on the next working day (nghỉ bù).
 *
 * <p>This is the proposal the administrator starts from: each year the government decides the exact Tết
 * days, which day goes with 2/9, and swaps (làm bù); the administrator adjusts the calendar after it.
 */
public final class VietnameseHolidays {

    /** One day off, with its name as the calendar shows it. */
    public record Holiday(LocalDate day, String name) {
        public Holiday {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(name, "name");
        }
    }

    private VietnameseHolidays() {
    }

    public static List<Holiday> of(int year) {
        if (year < 1900 || year > 2199) {
            throw new IllegalArgumentException("Year out of range: " + year);
        }
        List<Holiday> days = new ArrayList<>();
        days.add(new Holiday(LocalDate.of(year, 1, 1), "Tết Dương lịch"));
        LocalDate tet = LunarCalendar.newYear(year);
        days.add(new Holiday(tet.minusDays(1), "Tết Nguyên Đán (ngày cuối năm âm lịch)"));
        for (int i = 0; i < 4; i++) {
            days.add(new Holiday(tet.plusDays(i), "Tết Nguyên Đán (mùng " + (i + 1) + ")"));
        }
        days.add(new Holiday(LunarCalendar.toSolar(10, 3, year), "Giỗ Tổ Hùng Vương (10/3 âm lịch)"));
        days.add(new Holiday(LocalDate.of(year, 4, 30), "Ngày Chiến thắng (30/4)"));
        days.add(new Holiday(LocalDate.of(year, 5, 1), "Ngày Quốc tế lao động (1/5)"));
        LocalDate national = LocalDate.of(year, 9, 2);
        days.add(new Holiday(national, "Quốc khánh (2/9)"));
        LocalDate adjacent = nationalDayCompanion(year);
        days.add(new Holiday(adjacent, "Quốc khánh (" + adjacent.getDayOfMonth() + "/9)"));
        days.sort(Comparator.comparing(Holiday::day));

        // nghỉ bù: each holiday on a Saturday or Sunday moves to the next day that is neither a weekend
        // nor a holiday (nor already a day taken in lieu)
        Set<LocalDate> taken = new HashSet<>();
        days.forEach(h -> taken.add(h.day()));
        List<Holiday> inLieu = new ArrayList<>();
        for (Holiday h : days) {
            if (weekend(h.day())) {
                LocalDate d = h.day().plusDays(1);
                while (weekend(d) || taken.contains(d)) {
                    d = d.plusDays(1);
                }
                taken.add(d);
                inLieu.add(new Holiday(d, "Nghỉ bù " + h.name()));
            }
        }
        days.addAll(inLieu);
        days.sort(Comparator.comparing(Holiday::day));
        return List.copyOf(days);
    }

    /**
     * The day that goes with 2/9 (the law says "01 ngày liền kề trước hoặc sau"; the government picks it
     * each year). Proposed: the weekday that joins the holiday to a weekend (Monday 1/9 or Friday 3/9),
     * else the weekday of the two, 1/9 first.
     */
    static LocalDate nationalDayCompanion(int year) {
        LocalDate before = LocalDate.of(year, 9, 1);
        LocalDate after = LocalDate.of(year, 9, 3);
        if (before.getDayOfWeek() == DayOfWeek.MONDAY) {
            return before;
        }
        if (after.getDayOfWeek() == DayOfWeek.FRIDAY) {
            return after;
        }
        if (!weekend(before)) {
            return before;
        }
        return after;
    }

    private static boolean weekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
