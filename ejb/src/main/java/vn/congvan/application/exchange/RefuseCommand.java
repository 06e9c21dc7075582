package vn.congvan.application.exchange;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Refusing a received package; the reason goes back to the sender in status message 02. */
public record RefuseCommand(@NotBlank @Size(max = 1000) String reason) {
}
