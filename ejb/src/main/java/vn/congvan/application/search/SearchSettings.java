package vn.congvan.application.search;

import vn.congvan.infrastructure.extraction.TextExtractor;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The search settings (system property first, then environment variable, then the default), listed
 * in docs/admin/tim-kiem.md.
 */
final class SearchSettings {

    private SearchSettings() {
    }

    /** The extractor child's class path: Tika and congvan-ejb, copied by the build to the server's congvan-extractor/. */
    static String extractorClasspath() {
        String home = System.getProperty("jboss.home.dir", ".");
        return value("congvan.extractor.classpath", "CONGVAN_EXTRACTOR_CLASSPATH",
                Path.of(home, "congvan-extractor").toString() + "/*");
    }

    static TextExtractor.Limits limits() {
        TextExtractor.Limits d = TextExtractor.Limits.defaults();
        return new TextExtractor.Limits(
                number("congvan.extraction.max-bytes", "CONGVAN_EXTRACTION_MAX_BYTES", d.maxBytes()),
                (int) number("congvan.extraction.max-chars", "CONGVAN_EXTRACTION_MAX_CHARS", d.maxChars()),
                Duration.ofSeconds(number("congvan.extraction.timeout-seconds", "CONGVAN_EXTRACTION_TIMEOUT_SECONDS",
                        d.timeout().toSeconds())),
                (int) number("congvan.extraction.heap-mb", "CONGVAN_EXTRACTION_HEAP_MB", d.childHeapMb()),
                (int) number("congvan.ocr.max-pages", "CONGVAN_OCR_MAX_PAGES", d.ocrMaxPages()),
                Duration.ofSeconds(number("congvan.ocr.page-timeout-seconds", "CONGVAN_OCR_PAGE_TIMEOUT_SECONDS",
                        d.ocrPageTimeout().toSeconds())),
                d.ocrDpi());
    }

    /** How long a RUNNING job may go without finishing before another worker takes it. */
    static Duration lease() {
        TextExtractor.Limits l = limits();
        return l.timeout().plus(l.ocrPageTimeout().multipliedBy(l.ocrMaxPages() + 1L)).plusMinutes(1);
    }

    /** How many files are extracted at once, each by its own child JVM: by default one per core, at most 4. */
    static int extractors() {
        int cores = Runtime.getRuntime().availableProcessors();
        return (int) Math.min(16, number("congvan.extraction.parallel", "CONGVAN_EXTRACTION_PARALLEL", Math.min(4, cores)));
    }

    static boolean extractionEnabled() {
        return Boolean.parseBoolean(value("congvan.extraction.enabled", "CONGVAN_EXTRACTION_ENABLED", "true"));
    }

    /** Whether the search outbox is written to the index ({@code false} pauses it: the rows wait). */
    static boolean indexingEnabled() {
        return Boolean.parseBoolean(value("congvan.search.indexing.enabled", "CONGVAN_SEARCH_INDEXING_ENABLED", "true"));
    }

    static String value(String property, String env, String fallback) {
        String v = System.getProperty(property);
        if (v == null || v.isBlank()) {
            v = System.getenv(env);
        }
        return v == null || v.isBlank() ? fallback : v.trim();
    }

    static long number(String property, String env, long fallback) {
        try {
            long v = Long.parseLong(value(property, env, Long.toString(fallback)));
            return v > 0 ? v : fallback;
        } catch (NumberFormatException e) {
            java.util.logging.Logger.getLogger(SearchSettings.class.getName()).warning(() ->
                    property + " is not a positive number; using " + fallback);
            return fallback;
        }
    }
}
