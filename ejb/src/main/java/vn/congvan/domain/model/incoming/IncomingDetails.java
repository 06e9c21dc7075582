package vn.congvan.domain.model.incoming;

import vn.congvan.domain.model.agency.Clearance;

import java.time.LocalDate;
import java.util.Objects;

/** What the clerk reads off a document when registering it (already validated for length and presence). */
public record IncomingDetails(
        ReceiveMethod receiveMethod,
        String organName,
        String organId,
        String codeNumber,
        String codeNotation,
        LocalDate issuedDate,
        String subject,
        String signerFullName,
        String signerPosition,
        Integer pageAmount,
        Priority priority,
        Clearance secrecy,
        LocalDate dueDate,
        String description,
        String language,
        String toPlaces) {

    public IncomingDetails {
        Objects.requireNonNull(receiveMethod, "receiveMethod");
        Objects.requireNonNull(organName, "organName");
        Objects.requireNonNull(issuedDate, "issuedDate");
        Objects.requireNonNull(subject, "subject");
        priority = priority == null ? Priority.THUONG : priority;
        secrecy = secrecy == null ? Clearance.NONE : secrecy;
        language = language == null || language.isBlank() ? "vi" : language;
    }

    /** The details without the Phụ lục VI fields added later (Language: vi, no ToPlaces). */
    public IncomingDetails(ReceiveMethod receiveMethod, String organName, String organId, String codeNumber,
                           String codeNotation, LocalDate issuedDate, String subject, String signerFullName,
                           String signerPosition, Integer pageAmount, Priority priority, Clearance secrecy,
                           LocalDate dueDate, String description) {
        this(receiveMethod, organName, organId, codeNumber, codeNotation, issuedDate, subject, signerFullName,
                signerPosition, pageAmount, priority, secrecy, dueDate, description, null, null);
    }
}
