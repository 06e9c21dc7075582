package vn.congvan.application.register;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new register of the administrator's agency. */
public record CreateRegisterCommand(
        @NotNull @Min(2000) @Max(9999) Integer year,
        @NotBlank @Pattern(regexp = "INCOMING|OUTGOING") String kind,
        @NotBlank @Pattern(regexp = "NORMAL|SECRET|INTERNAL") String series,
        @NotBlank @Size(max = 30) @Pattern(regexp = "[A-Za-z0-9_.-]+") String code,
        @NotBlank @Size(max = 255) String name) {
}
