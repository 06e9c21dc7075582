package vn.congvan.application.admin;

/**
 * A password change: {@code newPassword} under the password policy; {@code oldPassword} is required when
 * users change their own, ignored when an administrator resets someone's.
 */
public record PasswordCommand(String oldPassword, String newPassword) {
}
