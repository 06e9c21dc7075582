package vn.congvan.application.register;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Mở sổ năm mới: open a year's registers as copies of the year before's (numbering from 1). */
public record OpenYearCommand(@NotNull @Min(2000) @Max(9999) Integer year) {
}
