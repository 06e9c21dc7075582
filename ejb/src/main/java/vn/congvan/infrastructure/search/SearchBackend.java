package vn.congvan.infrastructure.search;

import java.util.Locale;

/**
 * The search backend this server runs, as persistence.xml resolves it: the system property
 * {@code hibernate.search.backend.type}, {@code lucene} when unset. The one place that reads it for the code that must
 * know before Hibernate Search answers (value bridges, the outbox's synchronisation, the admin status).
 */
public final class SearchBackend {

    /** {@code lucene} or {@code elasticsearch} (Elasticsearch or OpenSearch). */
    public static final String NAME = name(System.getProperty("hibernate.search.backend.type"));

    private SearchBackend() {
    }

    static String name(String property) {
        return property == null || property.isBlank() ? "lucene" : property.strip().toLowerCase(Locale.ROOT);
    }

    public static boolean elasticsearch() {
        return "elasticsearch".equals(NAME);
    }
}
