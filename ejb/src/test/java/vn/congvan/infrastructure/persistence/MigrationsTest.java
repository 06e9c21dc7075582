package vn.congvan.infrastructure.persistence;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The migrations apply on H2 (the embedded default); the integration tests apply them on PostgreSQL. */
class MigrationsTest {

    private static final String URL = "jdbc:h2:mem:migrations;DB_CLOSE_DELAY=-1";

    @Test
    void applyAndSeedTheNd30Catalogue() throws SQLException {
        Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").load().migrate();
        try (Connection c = DriverManager.getConnection(URL, "sa", ""); Statement s = c.createStatement()) {
            assertEquals(29, count(s, "SELECT COUNT(*) FROM document_type WHERE category = 'ADMINISTRATIVE'"));
            assertEquals(3, count(s, "SELECT COUNT(*) FROM document_type WHERE category = 'COPY'"));
            assertEquals(2, count(s, "SELECT COUNT(*) FROM document_type WHERE abbreviation IS NULL"));
            assertEquals(1, count(s, "SELECT COUNT(*) FROM document_type WHERE abbreviation = 'HĐ' AND name_vi = 'Hợp đồng'"));
            assertEquals(1, count(s, "SELECT COUNT(*) FROM document_type WHERE abbreviation = 'HD' AND name_vi = 'Hướng dẫn'"));

            // a number is unique in its register, whatever the application does
            s.execute("INSERT INTO agency (code, name, short_name, created_at) VALUES ('A', 'A', 'A', CURRENT_TIMESTAMP)");
            s.execute("INSERT INTO app_user (agency_id, username, full_name, password_hash, password_salt, password_cost, created_at)"
                    + " VALUES (1, 'u', 'U', 'h', 's', 10, CURRENT_TIMESTAMP)");
            s.execute("INSERT INTO register (agency_id, register_year, kind, series, code, name, created_at)"
                    + " VALUES (1, 2026, 'INCOMING', 'NORMAL', 'CHUNG', 'Sổ', CURRENT_TIMESTAMP)");
            String doc = "INSERT INTO incoming_document (agency_id, register_id, arrival_number, arrival_date, received_at,"
                    + " receive_method, organ_name, document_type_id, issued_date, subject, registered_by, created_at)"
                    + " VALUES (1, 1, 7, DATE '2026-01-02', CURRENT_TIMESTAMP, 'PAPER', 'X', 1, DATE '2026-01-01', 'S', 1,"
                    + " CURRENT_TIMESTAMP)";
            s.execute(doc);
            assertThrows(SQLException.class, () -> s.execute(doc));
            assertThrows(SQLException.class, () -> s.execute(
                    "UPDATE register SET kind = 'SIDEWAYS' WHERE id = 1"));
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
