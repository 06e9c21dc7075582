package vn.congvan.application.registration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * What the clerk enters to register an incoming document. Field names follow edXML / ND30 Phụ lục VI.
 *
 * @param registerId           the register; the agency's default incoming register of the year when null
 * @param organName            tác giả: the issuing agency
 * @param codeNumber           số of the document as issued (e.g. "15")
 * @param codeNotation         ký hiệu (e.g. "QĐ-UBND")
 * @param documentType         code of the type catalogue (QD, CV, …)
 * @param issuedDate           ngày tháng of the document
 * @param subject              trích yếu
 * @param priority             edXML priority code 0–4
 * @param recipientDepartmentId đơn vị nhận
 * @param receiveMethod        PAPER, UPLOAD, EMAIL or EDXML
 * @param language             Language (edXML), vi by default
 * @param toPlaces             ToPlaces: the document's own recipients (nơi nhận), one per line
 */
public record RegisterIncomingCommand(
        Long registerId,
        @NotBlank @Size(max = 255) String organName,
        @Size(max = 13) String organId,
        @Size(max = 20) String codeNumber,
        @Size(max = 100) String codeNotation,
        @NotBlank @Size(max = 20) String documentType,
        @NotNull LocalDate issuedDate,
        @NotBlank @Size(max = 500) String subject,
        @Size(max = 100) String signerFullName,
        @Size(max = 100) String signerPosition,
        @Min(1) @Max(100000) Integer pageAmount,
        @Min(0) @Max(4) Integer priority,
        @Pattern(regexp = "NONE|MAT|TOI_MAT|TUYET_MAT") String secrecy,
        LocalDate dueDate,
        Long recipientDepartmentId,
        @Pattern(regexp = "PAPER|UPLOAD|EMAIL|EDXML") String receiveMethod,
        @Size(max = 1000) String description,
        @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z]{2})?") String language,
        @Size(max = 2000) String toPlaces) {
}
