package vn.congvan.application.calendar;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.congvan.domain.model.calendar.CalendarDay;

import java.time.LocalDate;

/**
 * A day of the agency's calendar: {@code {"day": "2026-02-16", "kind": "HOLIDAY", "name": "Tết Nguyên Đán"}}.
 *
 * @param kind HOLIDAY (ngày nghỉ) or WORKING (ngày làm bù, a Saturday or Sunday)
 */
public record CalendarDayCommand(@NotNull LocalDate day, @NotBlank String kind,
                                 @NotBlank @Size(max = CalendarDay.MAX_NAME) String name) {
}
