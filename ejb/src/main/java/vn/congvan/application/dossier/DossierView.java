package vn.congvan.application.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A dossier as clients see it. {@code documentCount} and {@code documents} hold only the documents the
 * caller may see: a secret document above their clearance is neither listed nor counted.
 */
public record DossierView(long id, String code, String title, int year, long departmentId, String departmentName,
                          String ownerUsername, String ownerFullName, String retention, String retentionLabel,
                          String notes, boolean closed, Instant closedAt, String closedBy, Instant createdAt,
                          long documentCount, boolean canChange, boolean canReopen, List<DocumentInDossier> documents) {

    /** A document in the dossier (a reference: the document itself is not copied). */
    public record DocumentInDossier(String kind, long id, int registerYear, long number, String numberAndNotation,
                                    String organName, String subject, LocalDate issuedDate, LocalDate arrivalDate,
                                    String secrecy, Instant addedAt, String addedBy) {
    }
}
