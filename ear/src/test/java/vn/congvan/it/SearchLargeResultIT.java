package vn.congvan.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A result larger than the exact-facet limit (5 000 matches): the total stays exact, the facets are estimated
 * from a share of the documents and say so; a filter that narrows the result under the limit brings exact facets
 * back. The 6 000 documents are written as search rows straight into PostgreSQL and reach the index through the
 * search outbox, as the application's own changes do; they are removed the same way at the end.
 */
class SearchLargeResultIT {

    private static final int LARGE = 6000;
    private static final int DECISIONS = LARGE / 3; // type QD (every third row); the rest CV
    private static final int SMALL = 300;      // with a second word

    @Test
    void aLargeResultHasAnExactTotalAndEstimatedFacetsANarrowOneExactFacets() throws Exception {
        String url = System.getenv("CONGVAN_DB_URL");
        Assumptions.assumeTrue(url != null && url.startsWith("jdbc:postgresql:"),
                "writes search rows straight into the PostgreSQL database (CONGVAN_DB_URL)");
        String word = SearchIT.token();
        String second = SearchIT.token();
        long base = 4_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000) * 10_000;
        try (Connection c = DriverManager.getConnection(url, System.getenv("CONGVAN_DB_USER"),
                System.getenv("CONGVAN_DB_PASSWORD"))) {
            try {
                insert(c, base, word, second);
                JsonNode all = SearchIT.waitForTotal("vanthu", "q=" + word, LARGE, 120);

                assertEquals(LARGE, all.get("total").asLong(), "the total is exact");
                assertTrue(all.get("facetsEstimated").asBoolean(), all.toString());
                Map<String, Long> types = SearchIT.facet(all, "type");
                assertNear(DECISIONS, types.get("QD"), "QD");
                assertNear(LARGE - DECISIONS, types.get("CV"), "CV");
                assertNear(LARGE, SearchIT.facet(all, "kind").get("INCOMING"), "INCOMING");
                assertEquals(20, all.get("hits").size());

                // narrowed under the limit by a facet's value: exact again
                JsonNode decisions = SearchIT.search("vanthu", "q=" + word + "&type=QD");
                assertEquals(DECISIONS, decisions.get("total").asLong());
                assertFalse(decisions.get("facetsEstimated").asBoolean(), decisions.toString());
                assertEquals(Map.of("QD", (long) DECISIONS), SearchIT.facet(decisions, "type"));

                // narrowed by a second word: exact
                JsonNode small = SearchIT.search("vanthu", "q=" + word + "+" + second);
                assertEquals(SMALL, small.get("total").asLong());
                assertFalse(small.get("facetsEstimated").asBoolean());
                long smallDecisions = SMALL / 3; // every third of the first SMALL rows is a decision (i % 3 == 0)
                assertEquals(Map.of("QD", smallDecisions, "CV", SMALL - smallDecisions), SearchIT.facet(small, "type"));

                // the pages of a large result follow each other without repeats, ranked by the words
                JsonNode page2 = SearchIT.search("vanthu", "q=" + word + "&page=1");
                assertEquals(LARGE, page2.get("total").asLong());
                assertTrue(SearchIT.ids(page2).stream().noneMatch(SearchIT.ids(all)::contains));
            } finally {
                remove(c, base);
            }
        }
        SearchIT.waitForTotal("vanthu", "q=" + word, 0, 120);
    }

    private static void assertNear(long expected, Long estimate, String what) {
        assertTrue(estimate != null && Math.abs(estimate - expected) <= expected * 0.15,
                what + ": estimate " + estimate + " not within 15 % of " + expected);
    }

    /** LARGE incoming rows of the demo agency with {@code word} in their subject, the first SMALL with {@code second} too. */
    private static void insert(Connection c, long base, String word, String second) throws SQLException {
        long agency;
        long department;
        long register;
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT agency_id, department_id FROM app_user WHERE username = 'vanthu'")) {
                assertTrue(rs.next());
                agency = rs.getLong(1);
                department = rs.getLong(2);
            }
            try (ResultSet rs = s.executeQuery("SELECT MIN(id) FROM register WHERE agency_id = " + agency
                    + " AND kind = 'INCOMING' AND series = 'NORMAL'")) {
                assertTrue(rs.next());
                register = rs.getLong(1);
            }
        }
        c.setAutoCommit(false);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO search_document (kind, document_id, agency_id,"
                + " department_id, secrecy, register_id, document_type, priority, doc_number, notation, organ_name, subject,"
                + " signer, document_date, issued_date, full_text, text_state, status, updated_at) VALUES ('INCOMING', ?, ?,"
                + " ?, 'NONE', ?, ?, 0, ?, ?, 'Sở Thử nghiệm', ?, 'Nguyễn Văn Thử', DATE '2026-11-20', DATE '2026-11-19',"
                + " NULL, 'NONE', 'REGISTERED', now())")) {
            for (int i = 0; i < LARGE; i++) {
                boolean decision = i % 3 == 0; // DECISIONS of LARGE, and a third of the first SMALL
                ps.setLong(1, base + i);
                ps.setLong(2, agency);
                ps.setLong(3, department);
                ps.setLong(4, register);
                ps.setString(5, decision ? "QD" : "CV");
                ps.setLong(6, 900_000 + i);
                ps.setString(7, (900_000 + i) + (decision ? "/QĐ-STN" : "/STN-VP"));
                ps.setString(8, "Văn bản thử kết quả lớn " + word + (i < SMALL ? " " + second : "") + " số " + i);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO search_document_department (record_id, department_id) SELECT id, department_id"
                    + " FROM search_document WHERE document_id BETWEEN " + base + " AND " + (base + LARGE));
            s.executeUpdate("INSERT INTO search_outbox (record_id, created_at) SELECT id, now() FROM search_document"
                    + " WHERE document_id BETWEEN " + base + " AND " + (base + LARGE));
        }
        c.commit();
        c.setAutoCommit(true);
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM search_document"
                + " WHERE document_type = 'QD' AND document_id BETWEEN " + base + " AND " + (base + LARGE))) {
            assertTrue(rs.next());
            assertEquals(DECISIONS, rs.getLong(1), "the rows as planned");
        }
    }

    /** The rows deleted, their ids left in the outbox: the index drops what has no row. */
    private static void remove(Connection c, long base) throws SQLException {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            String ids = "SELECT id FROM search_document WHERE document_id BETWEEN " + base + " AND " + (base + LARGE);
            s.executeUpdate("CREATE TEMPORARY TABLE gone ON COMMIT DROP AS " + ids);
            s.executeUpdate("DELETE FROM search_outbox WHERE record_id IN (SELECT id FROM gone)");
            s.executeUpdate("DELETE FROM search_document_department WHERE record_id IN (SELECT id FROM gone)");
            s.executeUpdate("DELETE FROM search_document WHERE id IN (SELECT id FROM gone)");
            s.executeUpdate("INSERT INTO search_outbox (record_id, created_at) SELECT id, now() FROM gone");
        }
        c.commit();
        c.setAutoCommit(true);
    }
}
