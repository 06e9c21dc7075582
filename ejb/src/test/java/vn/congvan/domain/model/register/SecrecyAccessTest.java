package vn.congvan.domain.model.register;

import org.junit.jupiter.api.Test;
import vn.congvan.domain.model.Ids;
import vn.congvan.domain.model.agency.Agency;
import vn.congvan.domain.model.agency.Clearance;
import vn.congvan.domain.model.agency.Department;
import vn.congvan.domain.model.agency.HashedPassword;
import vn.congvan.domain.model.agency.Role;
import vn.congvan.domain.model.agency.User;
import vn.congvan.domain.model.catalogue.DocumentType;
import vn.congvan.domain.model.incoming.DocumentAccess;
import vn.congvan.domain.model.incoming.IncomingDetails;
import vn.congvan.domain.model.incoming.IncomingDocument;
import vn.congvan.domain.model.incoming.ReceiveMethod;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Secret registers and documents exist only for users cleared for them; a role never replaces a clearance. */
class SecrecyAccessTest {

    private final Agency ubnd = Ids.set(new Agency("000.00.00.H99", "UBND tỉnh Mẫu", "UBND", null), 1);
    private final Agency snv = Ids.set(new Agency("000.01.00.H99", "Sở Nội vụ", "SNV", null), 2);
    private final Department vp = Ids.set(new Department(ubnd, "VP", "Văn phòng"), 10);
    private final Register secret = new Register(ubnd, 2026, RegisterKind.INCOMING, RegisterSeries.SECRET, "MAT", "Sổ mật");
    private final Register normal = new Register(ubnd, 2026, RegisterKind.INCOMING, RegisterSeries.NORMAL, "CHUNG", "Sổ");

    private User user(long id, Agency a, Role role, Clearance c) {
        User u = Ids.set(new User(a, a == ubnd ? vp : null, "u" + id, "U", "x", EnumSet.of(role),
                new HashedPassword("h", "s", 10)), id);
        u.setClearance(c);
        return u;
    }

    private IncomingDocument doc(Clearance level) {
        return IncomingDocument.register(level == Clearance.NONE ? normal : secret, LocalDate.of(2026, 3, 2), Instant.now(),
                new IncomingDetails(ReceiveMethod.UPLOAD, "Bộ Công an", null, "1", "BCA", LocalDate.of(2026, 3, 1),
                        "Mật", null, null, 1, null, level, null, null),
                Ids.blank(DocumentType.class), null, user(99, ubnd, Role.CLERK, Clearance.TUYET_MAT));
    }

    @Test
    void aSecretRegisterIsKnownOnlyToClearedUsersOfItsAgency() {
        assertFalse(RegisterAccess.mayRead(user(1, ubnd, Role.ADMIN, Clearance.NONE), secret));
        assertTrue(RegisterAccess.mayRead(user(1, ubnd, Role.ADMIN, Clearance.NONE), normal));
        assertTrue(RegisterAccess.mayRead(user(2, ubnd, Role.SPECIALIST, Clearance.MAT), secret));
        assertFalse(RegisterAccess.mayRead(user(3, snv, Role.CLERK, Clearance.TUYET_MAT), secret), "another agency");
        assertFalse(RegisterAccess.mayRead(user(3, snv, Role.CLERK, Clearance.TUYET_MAT), normal));
    }

    @Test
    void aDocumentIsVisibleOnlyUpToTheUsersClearanceWhateverTheirRole() {
        IncomingDocument toiMat = doc(Clearance.TOI_MAT);
        IncomingDocument mat = doc(Clearance.MAT);
        User admin = user(1, ubnd, Role.ADMIN, Clearance.NONE);
        User leaderMat = user(2, ubnd, Role.LEADER, Clearance.MAT);
        User clerkToiMat = user(3, ubnd, Role.CLERK, Clearance.TOI_MAT);
        assertFalse(DocumentAccess.canView(admin, mat), "an administrator without clearance");
        assertTrue(DocumentAccess.canView(leaderMat, mat));
        assertFalse(DocumentAccess.canView(leaderMat, toiMat));
        assertTrue(DocumentAccess.canView(clerkToiMat, toiMat));
        assertEquals(List.of(Clearance.NONE, Clearance.MAT), DocumentAccess.visibleLevels(leaderMat));
        assertEquals(List.of(Clearance.NONE), DocumentAccess.visibleLevels(admin));
    }
}
