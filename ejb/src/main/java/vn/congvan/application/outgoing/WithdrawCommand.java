package vn.congvan.application.outgoing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Thu hồi: why the outgoing document is withdrawn. */
public record WithdrawCommand(@NotBlank @Size(max = 1000) String reason) {
}
