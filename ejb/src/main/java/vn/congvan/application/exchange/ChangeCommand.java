package vn.congvan.application.exchange;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An update (edXML BussinessDocType 2) of a document already sent: the corrected subject (trích yếu) and
 * why; or, with a replacement (3), only the reason (the new file comes beside it). The reason travels as
 * BussinessDocReason.
 */
public record ChangeCommand(@Size(max = 500) String subject, @NotBlank @Size(max = 500) String reason) {
}
