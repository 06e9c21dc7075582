package vn.congvan.application.search;

import java.time.LocalDate;

/**
 * A search: free text ({@code q}) and/or text per field, filters, sort and page. Every part is optional;
 * nothing at all lists what the caller may see, newest first.
 *
 * @param from       first day of the document's date: received (incoming) or issued (outgoing)
 * @param to         last day of that date
 * @param issuedFrom first day of the date the issuing agency gave the document (ngày ban hành), both kinds
 * @param issuedTo   last day of that date
 * @param status     RECEIVED, REGISTERED, ASSIGNED, IN_PROGRESS, DONE, REFUSED (incoming); ISSUED, WITHDRAWN (outgoing)
 * @param agency     the issuing agency, exactly as the {@code agency} facet gives it
 * @param sort       {@code relevance} (the default when there is text), {@code date} (newest first, the
 *                   default without text) or {@code date_asc} (oldest first)
 */
public record SearchQuery(String q, String subject, String text, String notation, String organ, String signer,
                          LocalDate from, LocalDate to, LocalDate issuedFrom, LocalDate issuedTo, String type,
                          Long registerId, Integer priority, Long departmentId, String kind, String status,
                          String agency, String sort, int page, int size) {

    /** The statuses a document may have in the index. */
    public static final java.util.Set<String> STATUSES = java.util.Set.of("RECEIVED", "REGISTERED", "ASSIGNED",
            "IN_PROGRESS", "DONE", "REFUSED", "ISSUED", "WITHDRAWN");

    public static final int MAX_SIZE = 100;
    public static final int MAX_TEXT = 500;

    public boolean hasText() {
        return notBlank(q) || notBlank(subject) || notBlank(text) || notBlank(notation) || notBlank(organ)
                || notBlank(signer);
    }

    static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
