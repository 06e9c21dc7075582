package vn.congvan.application.routing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** What clients send for each routing step. */
public final class RoutingCommands {

    private RoutingCommands() {
    }

    /** Trình: to which leader, with an optional note. */
    public record Present(@NotNull Long leaderId, @Size(max = 1000) String note) {
    }

    /** Bút phê: the leader's comment and the parts (one lead, any cooperating, any for information). */
    public record Direct(@Size(max = 2000) String comment, @NotNull @Size(min = 1, max = 50) List<@Valid PartInput> assignments) {
    }

    /**
     * One part: {@code part} LEAD, COOPERATE or INFORM; to a person ({@code userId}) or a department
     * ({@code departmentId}); its deadline (not in the past; none: the document's due date) and comment.
     */
    public record PartInput(@NotNull @Pattern(regexp = "LEAD|COOPERATE|INFORM") String part, Long userId,
                            Long departmentId, LocalDate deadline, @Size(max = 1000) String comment) {
    }

    /** A department head gives the part to a person of the department, optionally with an earlier deadline. */
    public record Reassign(@NotNull Long userId, LocalDate deadline, @Size(max = 1000) String comment) {
    }

    /** A progress note, a reason for returning, or the result of a part. */
    public record Note(@NotBlank @Size(max = 2000) String text) {
    }

    /** Gia hạn: until when, and why. */
    public record Extension(@NotNull LocalDate until, @NotBlank @Size(max = 1000) String reason) {
    }

    /** The decision on an extension. */
    public record Decision(@NotNull Boolean grant, @Size(max = 1000) String comment) {
    }

    /** The reply: an outgoing document of the agency. */
    public record Reply(@NotNull Long outgoingId) {
    }
}
