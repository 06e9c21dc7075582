package vn.congvan.application.dossier;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A new dossier (hồ sơ công việc). {@code year}: the current year when absent; {@code departmentId}: the
 * caller's department when absent; {@code retention}: {@code PERMANENT} or a number of years (1–100).
 */
public record CreateDossierCommand(
        @NotBlank @Size(max = 500) String title,
        @NotBlank @Size(max = 50) String code,
        @Min(1900) @Max(9999) Integer year,
        Long departmentId,
        @NotBlank @Size(max = 20) String retention,
        @Size(max = 1000) String notes) {
}
