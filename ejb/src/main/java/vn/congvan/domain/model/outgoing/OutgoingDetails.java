package vn.congvan.domain.model.outgoing;

import vn.congvan.domain.model.agency.Clearance;
import vn.congvan.domain.model.incoming.Priority;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** What the clerk enters when issuing an outgoing document (already validated for length and presence). */
public record OutgoingDetails(
        LocalDate issuedDate,
        String subject,
        String language,
        Integer pageAmount,
        String signerPosition,
        String signerFullName,
        List<Recipient> recipients,
        Priority priority,
        Clearance secrecy,
        Integer issuedAmount,
        LocalDate dueDate,
        String description,
        String archiveHolder) {

    public OutgoingDetails {
        Objects.requireNonNull(issuedDate, "issuedDate");
        Objects.requireNonNull(subject, "subject");
        language = language == null || language.isBlank() ? "vi" : language;
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        priority = priority == null ? Priority.THUONG : priority;
        secrecy = secrecy == null ? Clearance.NONE : secrecy;
    }
}
