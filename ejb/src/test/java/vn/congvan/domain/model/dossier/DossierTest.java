package vn.congvan.domain.model.dossier;

import org.junit.jupiter.api.Test;
import vn.congvan.domain.model.Ids;
import vn.congvan.domain.model.agency.Agency;
import vn.congvan.domain.model.agency.Clearance;
import vn.congvan.domain.model.agency.Department;
import vn.congvan.domain.model.agency.HashedPassword;
import vn.congvan.domain.model.agency.Role;
import vn.congvan.domain.model.agency.User;
import vn.congvan.domain.model.document.DocumentKind;

import java.time.Instant;
import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules of a dossier: links not copies, closed is read-only, retention periods, who sees and changes it. */
class DossierTest {

    private static final HashedPassword PW = new HashedPassword("aGFzaA==", "c2FsdA==", 10);
    private final Agency ubnd = Ids.set(new Agency("000.00.00.H99", "UBND tỉnh Mẫu", "UBND", null), 1);
    private final Agency snv = Ids.set(new Agency("000.01.00.H99", "Sở Nội vụ", "SNV", null), 2);
    private final Department vp = Ids.set(new Department(ubnd, "VP", "Văn phòng"), 10);
    private final Department kt = Ids.set(new Department(ubnd, "KT", "Phòng Kinh tế"), 11);
    private final Department snvVp = Ids.set(new Department(snv, "VP", "Văn phòng Sở"), 20);
    private final User specialist = user(100, ubnd, kt, "chuyenvien", Role.SPECIALIST);
    private final User colleague = user(101, ubnd, kt, "chuyenvien2", Role.SPECIALIST);
    private final User vpSpecialist = user(102, ubnd, vp, "chuyenvien.vp", Role.SPECIALIST);
    private final User clerk = user(103, ubnd, vp, "vanthu", Role.CLERK);
    private final User leader = user(104, ubnd, vp, "lanhdao", Role.LEADER);
    private final User admin = user(105, ubnd, vp, "quantri", Role.ADMIN);
    private final User otherAgencyClerk = user(106, snv, snvVp, "vanthu.snv", Role.CLERK);

    private static User user(long id, Agency a, Department d, String name, Role role) {
        return Ids.set(new User(a, d, name, name, "x", EnumSet.of(role), PW), id);
    }

    private Dossier dossier() {
        return Ids.set(new Dossier(kt, specialist, " HS-01 ", " Hồ sơ dự án ", 2026, RetentionPeriod.years(10), null), 1);
    }

    @Test
    void aDocumentIsLinkedOnceAndClosingMakesTheDossierReadOnly() {
        Dossier d = dossier();
        assertEquals("HS-01", d.code());
        assertEquals("Hồ sơ dự án", d.title());
        assertTrue(d.add(DocumentKind.INCOMING, 5, specialist).isPresent());
        assertTrue(d.add(DocumentKind.INCOMING, 5, clerk).isEmpty(), "already in it");
        assertTrue(d.add(DocumentKind.OUTGOING, 5, clerk).isPresent(), "another kind with the same id is another document");
        assertEquals(2, d.entries().size());

        d.close(specialist, Instant.now());
        assertTrue(d.closed());
        assertThrows(DossierClosedException.class, () -> d.add(DocumentKind.INCOMING, 6, specialist));
        assertThrows(DossierClosedException.class, () -> d.remove(DocumentKind.INCOMING, 5));
        assertThrows(DossierClosedException.class, () -> d.close(admin, Instant.now()));
        assertEquals(2, d.entries().size());

        d.reopen();
        assertFalse(d.closed());
        assertTrue(d.remove(DocumentKind.INCOMING, 5));
        assertFalse(d.remove(DocumentKind.INCOMING, 5));
        assertFalse(d.contains(DocumentKind.INCOMING, 5));
        assertTrue(d.contains(DocumentKind.OUTGOING, 5));
    }

    @Test
    void aDossierNeedsACodeATitleAndAnOwnerOfItsAgency() {
        assertThrows(IllegalArgumentException.class,
                () -> new Dossier(kt, specialist, " ", "T", 2026, RetentionPeriod.PERMANENT, null));
        assertThrows(IllegalArgumentException.class,
                () -> new Dossier(kt, specialist, "C", "", 2026, RetentionPeriod.PERMANENT, null));
        assertThrows(IllegalArgumentException.class,
                () -> new Dossier(kt, otherAgencyClerk, "C", "T", 2026, RetentionPeriod.PERMANENT, null));
    }

    @Test
    void retentionIsPermanentOrOneToAHundredYears() {
        assertEquals(RetentionPeriod.PERMANENT, RetentionPeriod.parse("PERMANENT"));
        assertEquals(RetentionPeriod.PERMANENT, RetentionPeriod.parse("vĩnh viễn"));
        assertEquals(RetentionPeriod.PERMANENT, RetentionPeriod.parse("VINH_VIEN"));
        assertEquals(RetentionPeriod.years(10), RetentionPeriod.parse(" 10 "));
        assertEquals("10 năm", RetentionPeriod.parse("10").labelVi());
        assertEquals("Vĩnh viễn", RetentionPeriod.PERMANENT.labelVi());
        assertEquals("70", RetentionPeriod.years(70).code());
        for (String bad : new String[]{"0", "101", "-5", "mười", "", "10.5"}) {
            assertThrows(IllegalArgumentException.class, () -> RetentionPeriod.parse(bad), bad);
        }
    }

    @Test
    void theDepartmentAndTheAgencysKeepersSeeItOwnerClerksAndAdminsChangeItAdminsReopen() {
        Dossier d = dossier();
        assertTrue(DossierAccess.canView(colleague, d), "same department");
        assertFalse(DossierAccess.canView(vpSpecialist, d), "another department");
        assertTrue(DossierAccess.canView(clerk, d));
        assertTrue(DossierAccess.canView(leader, d));
        assertFalse(DossierAccess.canView(otherAgencyClerk, d), "another agency");

        assertTrue(DossierAccess.canChange(specialist, d), "the owner");
        assertFalse(DossierAccess.canChange(colleague, d));
        assertTrue(DossierAccess.canChange(clerk, d));
        assertFalse(DossierAccess.canChange(leader, d));
        assertTrue(DossierAccess.canChange(admin, d));
        assertFalse(DossierAccess.canChange(otherAgencyClerk, d));

        assertTrue(DossierAccess.canReopen(admin, d));
        assertFalse(DossierAccess.canReopen(clerk, d));
        assertFalse(DossierAccess.canReopen(specialist, d));
    }

    @Test
    void clearanceCoversItsLevelAndTheOnesBelow() {
        assertTrue(Clearance.TOI_MAT.covers(Clearance.MAT));
        assertTrue(Clearance.TOI_MAT.covers(Clearance.TOI_MAT));
        assertFalse(Clearance.TOI_MAT.covers(Clearance.TUYET_MAT));
        assertFalse(Clearance.NONE.covers(Clearance.MAT));
        assertTrue(Clearance.NONE.covers(Clearance.NONE));
    }
}
