package vn.congvan.application.admin;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * A user as the administrator fills it in. On creation {@code username} and {@code password} (a temporary
 * one, under the password policy) are required; on update they are ignored (the login name never
 * changes; passwords are reset separately).
 *
 * @param roles            CLERK, LEADER, DEPT_HEAD, SPECIALIST, ADMIN (at least one)
 * @param clearance        NONE, MAT, TOI_MAT, TUYET_MAT
 * @param positionIds      positions of the agency's catalogue the user holds
 * @param primaryPositionId the one shown in signature blocks; the first one when empty
 */
public record UserCommand(
        String username,
        @NotBlank @Size(max = 100) String fullName,
        @Size(max = 255) @Email String email,
        Long departmentId,
        @NotNull List<@NotNull @Pattern(regexp = "CLERK|LEADER|DEPT_HEAD|SPECIALIST|ADMIN") String> roles,
        @NotBlank @Pattern(regexp = "NONE|MAT|TOI_MAT|TUYET_MAT") String clearance,
        List<@NotNull Long> positionIds,
        Long primaryPositionId,
        String password) {
}
