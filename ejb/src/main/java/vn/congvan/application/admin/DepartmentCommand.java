package vn.congvan.application.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A department's code (e.g. VP, KT) and name (Văn phòng, Phòng Kinh tế). */
public record DepartmentCommand(
        @NotBlank @Size(max = 30) @Pattern(regexp = "\\s*[A-Za-z0-9_.-]+\\s*") String code,
        @NotBlank @Size(max = 255) String name) {
}
