package vn.congvan.application.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A department's code (e.g. VP, KT), name (Văn phòng, Phòng Kinh tế) and, optionally, the abbreviation
 * its documents carry in their notation ({unit} of a notation pattern, e.g. TCKH in 12/UBND-TCKH; the
 * code when blank). Vietnamese letters are kept as written (Đ is not D).
 */
public record DepartmentCommand(
        @NotBlank @Size(max = 30) @Pattern(regexp = "\\s*[A-Za-z0-9_.-]+\\s*") String code,
        @NotBlank @Size(max = 255) String name,
        @Size(max = 20) @Pattern(regexp = "\\s*([\\p{L}\\p{N}][\\p{L}\\p{N}&.]*)?\\s*") String abbreviation) {
}
