package vn.congvan.application.exchange;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An agency in the exchange directory, as the administrator enters it.
 *
 * @param organId        its edXML code (mã định danh, e.g. 000.01.00.H99)
 * @param name           its name
 * @param endpoint       where its packages go: {@code https://…/congvan/api/edxml/inbox} for another
 *                       CôngVăn, or an axis connector's address; empty: it can send to us, we cannot send to it
 * @param certificatePem its certificate (PEM) that its packages must verify against
 * @param active         false: packages from and to it are refused
 */
public record PartnerCommand(
        @NotBlank @Size(max = 13) @Pattern(regexp = "[0-9A-Za-z.]+") String organId,
        @NotBlank @Size(max = 255) String name,
        @Size(max = 500) @Pattern(regexp = "(https?|[a-z][a-z0-9+.-]*)://\\S+") String endpoint,
        @Size(max = 20000) String certificatePem,
        Boolean active) {
}
