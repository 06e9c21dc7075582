package vn.congvan.application.outgoing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * What the clerk enters to issue (phát hành) an outgoing document. Field names follow edXML / ND30 Phụ lục VI;
 * the số and ký hiệu are not entered: the register gives them.
 *
 * @param registerId           the outgoing register; the agency's default outgoing register of the issue year when null
 * @param documentType         code of the type catalogue (QD, CV, …)
 * @param issuedDate           ngày tháng of the document; today when null; its year chooses the register's year
 * @param recipients           nơi nhận: departments of the agency (by id) or other agencies (by name, edXML code)
 * @param priority             edXML priority code 0–4
 * @param issuedAmount         số lượng bản
 * @param draftingDepartmentId đơn vị soạn thảo ({unit} of the notation)
 * @param archiveHolder        đơn vị, người nhận bản lưu
 */
public record RegisterOutgoingCommand(
        Long registerId,
        @NotBlank @Size(max = 20) String documentType,
        LocalDate issuedDate,
        @NotBlank @Size(max = 500) String subject,
        @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z]{2})?") String language,
        @Min(1) @Max(100000) Integer pageAmount,
        @Size(max = 100) String signerPosition,
        @Size(max = 100) String signerFullName,
        @Size(max = 200) List<@Valid RecipientInput> recipients,
        @Min(0) @Max(4) Integer priority,
        @Pattern(regexp = "NONE|MAT|TOI_MAT|TUYET_MAT") String secrecy,
        @Min(1) @Max(100000) Integer issuedAmount,
        LocalDate dueDate,
        @Size(max = 1000) String description,
        Long draftingDepartmentId,
        @Size(max = 255) String archiveHolder) {

    /** A recipient: {@code departmentId} for a department of the agency, else {@code name} (and {@code organId}). */
    public record RecipientInput(Long departmentId, @Size(max = 150) String name,
                                 @Size(max = 13) String organId) {
    }
}
