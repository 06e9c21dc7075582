package vn.congvan.it;

import org.junit.jupiter.api.BeforeAll;

/**
 * The outgoing documents' search tests of {@link SearchOutgoingIT} (found by metadata at once and by their files'
 * text, recalled ones marked WITHDRAWN, trimming by drafting department, recipients and secrecy, the kind, status,
 * agency and issued-date filters, oldest first) run again, inherited, on server C with the Elasticsearch/OpenSearch
 * backend ({@link SearchElasticsearchIT}; ear/pom.xml, profile {@code search-elasticsearch}).
 */
class SearchOutgoingElasticsearchIT extends SearchOutgoingIT {

    @BeforeAll
    static void onTheElasticsearchServer() {
        SearchElasticsearchIT.assumeElasticsearchServer();
    }
}
