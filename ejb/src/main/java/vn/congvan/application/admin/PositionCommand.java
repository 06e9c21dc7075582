package vn.congvan.application.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A position's name (Chủ tịch, Chánh Văn phòng, Chuyên viên…). */
public record PositionCommand(@NotBlank @Size(max = 100) String name) {
}
