package vn.congvan.application.exchange;

import jakarta.validation.constraints.Size;

/**
 * Accepting a received package: it is registered as an incoming document (receive method EDXML) with
 * the package's metadata; the clerk chooses the register, the type (when the package's TypeName does not
 * match the catalogue) and the receiving department.
 */
public record AcceptCommand(Long registerId, @Size(max = 20) String documentType, Long recipientDepartmentId) {
}
