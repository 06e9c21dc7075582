package vn.congvan.application.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One page of search results, holding only what the caller may see; {@code total} and the facets'
 * counts are of those documents too.
 *
 * @param facets type, register, priority, department, kind, status and agency: value, label, count (largest first)
 */
public record SearchResultView(long total, int page, int size, long tookMs, List<Hit> hits,
                               Map<String, List<Facet>> facets) {

    /**
     * A document found. {@code highlights}: fragments of the subject and the files' text with the
     * matched words in {@code <mark>…</mark>}, the rest HTML-escaped. {@code status}: see
     * {@link SearchQuery#STATUSES}.
     */
    public record Hit(String kind, long id, Long number, String notation, String subject, String organName,
                      String signer, LocalDate date, String documentType, int priority, String textState,
                      String status, float score, List<String> highlights) {
    }

    public record Facet(String value, String label, long count) {
    }
}
