package vn.congvan.infrastructure.persistence;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** V20 on H2: what the database itself refuses for versions and dossiers, whatever the application does. */
class RecordsMigrationTest {

    private static final String URL = "jdbc:h2:mem:records;DB_CLOSE_DELAY=-1";

    @Test
    void versionsAndDossierLinksAreConstrained() throws SQLException {
        Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").load().migrate();
        try (Connection c = DriverManager.getConnection(URL, "sa", ""); Statement s = c.createStatement()) {
            s.execute("INSERT INTO agency (code, name, short_name, created_at) VALUES ('A', 'A', 'A', CURRENT_TIMESTAMP)");
            s.execute("INSERT INTO department (agency_id, code, name) VALUES (1, 'VP', 'Văn phòng')");
            s.execute("INSERT INTO app_user (agency_id, username, full_name, password_hash, password_salt, password_cost, created_at)"
                    + " VALUES (1, 'u', 'U', 'h', 's', 10, CURRENT_TIMESTAMP)");
            s.execute("INSERT INTO register (agency_id, register_year, kind, series, code, name, created_at)"
                    + " VALUES (1, 2026, 'INCOMING', 'SECRET', 'MAT', 'Sổ mật', CURRENT_TIMESTAMP)");
            s.execute("INSERT INTO incoming_document (agency_id, register_id, arrival_number, arrival_date, received_at,"
                    + " receive_method, organ_name, document_type_id, issued_date, subject, registered_by, created_at, secrecy)"
                    + " VALUES (1, 1, 1, DATE '2026-01-02', CURRENT_TIMESTAMP, 'PAPER', 'X', 1, DATE '2026-01-01', 'S', 1,"
                    + " CURRENT_TIMESTAMP, 'TOI_MAT')");
            String att = "INSERT INTO attachment (document_id, file_name, content_type, size_bytes, sha256, uploaded_by,"
                    + " uploaded_at, lineage_id, version_no) VALUES (1, 'a.pdf', 'application/pdf', 1, '%s', 1,"
                    + " CURRENT_TIMESTAMP, %s, %d)";
            String sha = "0".repeat(64);
            s.execute(String.format(att, sha, "NULL", 1));
            s.execute(String.format(att, sha, "1", 2));
            // a version number is taken once per file, and numbers start at 1
            assertThrows(SQLException.class, () -> s.execute(String.format(att, sha, "1", 2)));
            assertThrows(SQLException.class, () -> s.execute(String.format(att, sha, "1", 0)));
            assertThrows(SQLException.class, () -> s.execute(String.format(att, sha, "999", 3)), "lineage must exist");

            s.execute("INSERT INTO dossier (agency_id, code, title, dossier_year, department_id, owner_id, retention, created_at)"
                    + " VALUES (1, '01.VP', 'Hồ sơ', 2026, 1, 1, '10', CURRENT_TIMESTAMP)");
            assertThrows(SQLException.class, () -> s.execute("INSERT INTO dossier (agency_id, code, title, dossier_year,"
                    + " department_id, owner_id, retention, created_at) VALUES (1, '01.VP', 'Trùng', 2026, 1, 1, '10',"
                    + " CURRENT_TIMESTAMP)"), "a code once per agency and year");
            assertDoesNotThrow(() -> s.execute("INSERT INTO dossier (agency_id, code, title, dossier_year, department_id,"
                    + " owner_id, retention, created_at) VALUES (1, '01.VP', 'Năm sau', 2027, 1, 1, 'PERMANENT', CURRENT_TIMESTAMP)"));
            String link = "INSERT INTO dossier_document (dossier_id, document_kind, document_id, added_at, added_by)"
                    + " VALUES ((SELECT id FROM dossier WHERE dossier_year = %d), '%s', 1, CURRENT_TIMESTAMP, 1)";
            s.execute(String.format(link, 2026, "INCOMING"));
            s.execute(String.format(link, 2027, "INCOMING")); // the same document in a second dossier: a link, no copy
            assertThrows(SQLException.class, () -> s.execute(String.format(link, 2026, "INCOMING")), "once per dossier");
            assertThrows(SQLException.class, () -> s.execute(String.format(link, 2026, "SIDEWAYS")));
        }
    }
}
