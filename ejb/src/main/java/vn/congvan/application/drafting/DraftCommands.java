package vn.congvan.application.drafting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.congvan.application.outgoing.RegisterOutgoingCommand;

import java.util.List;

/** What clients send to the drafting workflow (JSON bodies). */
public final class DraftCommands {

    private DraftCommands() {
    }

    /**
     * A new draft, or its new description.
     *
     * @param draftingDepartmentId đơn vị soạn thảo; the author's department when null
     * @param recipients           nơi nhận: departments of the agency (by id) or other agencies (name, 13-character edXML code)
     * @param priority             edXML priority 0–4
     */
    public record Describe(@NotBlank @Size(max = 20) String documentType,
                           @NotBlank @Size(max = 500) String subject,
                           Long draftingDepartmentId,
                           @Size(max = 200) List<RegisterOutgoingCommand.@Valid RecipientInput> recipients,
                           @Min(0) @Max(4) Integer priority,
                           @Pattern(regexp = "NONE|MAT|TOI_MAT|TUYET_MAT") String secrecy) {
    }

    /** The optional {@code metadata} part of a new version's upload. */
    public record VersionNote(@Size(max = 1000) String note) {
    }

    /** Xin ý kiến: the colleagues asked, and the question. */
    public record AskOpinions(@NotEmpty @Size(max = 20) List<@NotNull Long> userIds, @Size(max = 1000) String question) {
    }

    /** An answer: AGREE, DISAGREE or OTHER, with a comment (required unless agreeing). */
    public record Answer(@NotBlank @Pattern(regexp = "AGREE|DISAGREE|OTHER") String answer,
                         @Size(max = 2000) String comment) {
    }

    /** Submit or approve: the next reviewer (the first eligible one when null) and a comment. */
    public record Review(Long reviewerId, @Size(max = 2000) String comment) {
    }

    /** Return to the author: the comments are required. */
    public record Return(@NotBlank @Size(max = 2000) String comment) {
    }

    /** Forward to another reviewer of the same step. */
    public record Forward(@NotNull Long toUserId, @Size(max = 2000) String comment) {
    }

    /** Approve and sign: the key's password/PIN, and the access token of a remote signing service. */
    public record Sign(@Size(max = 200) String secret, @Size(max = 4000) String accessToken,
                       @Size(max = 2000) String comment) {
        @Override
        public String toString() {
            return "Sign[***]";
        }
    }

    /** Issue (phát hành): the outgoing register (the default one when null) and the clerk's key secrets. */
    public record Issue(Long registerId, @Size(max = 200) String secret, @Size(max = 4000) String accessToken,
                        @Min(1) @Max(100000) Integer issuedAmount, @Size(max = 255) String archiveHolder) {
        @Override
        public String toString() {
            return "Issue[registerId=" + registerId + "]";
        }
    }

    /** Recall (thu hồi) of the issued document. */
    public record Recall(@NotBlank @Size(max = 1000) String reason) {
    }

    /** An agency's review chain, in order; the last step is a leader's. */
    public record Chain(@NotEmpty @Size(max = 6) List<@Valid Step> steps) {
    }

    public record Step(@NotBlank @Pattern(regexp = "DEPT_HEAD|LEADER") String role, @NotBlank @Size(max = 100) String label) {
    }
}
