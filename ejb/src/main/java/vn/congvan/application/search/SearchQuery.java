package vn.congvan.application.search;

import java.time.LocalDate;

/**
 * A search: free text ({@code q}) and/or text per field, filters, sort and page. Every part is optional;
 * nothing at all lists what the caller may see, newest first.
 *
 * @param sort {@code relevance} (the default when there is text) or {@code date}
 */
public record SearchQuery(String q, String subject, String text, String notation, String organ, String signer,
                          LocalDate from, LocalDate to, String type, Long registerId, Integer priority,
                          Long departmentId, String kind, String sort, int page, int size) {

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
