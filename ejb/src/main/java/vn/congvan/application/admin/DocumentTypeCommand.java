package vn.congvan.application.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A document type's names; {@code abbreviation} only for an agency's own types (the ND30 ones keep the
 * decree's abbreviation: sending a different one is refused).
 */
public record DocumentTypeCommand(
        String abbreviation,
        @NotBlank @Size(max = 100) String nameVi,
        @NotBlank @Size(max = 100) String nameEn) {
}
