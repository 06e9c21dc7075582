package vn.congvan.application.search;

import org.junit.jupiter.api.Test;
import vn.congvan.domain.model.Ids;
import vn.congvan.domain.model.agency.Agency;
import vn.congvan.domain.model.agency.Clearance;
import vn.congvan.domain.model.agency.Department;
import vn.congvan.domain.model.agency.HashedPassword;
import vn.congvan.domain.model.agency.Role;
import vn.congvan.domain.model.agency.User;

import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The access keys a search matches follow DocumentAccess: whole agency for clerks, leaders and administrators;
 * otherwise the user's department, the user, and (heads) the department they head; each for every level the
 * user is cleared for. The keys of a document are SearchRecord.getAccess (same format, SearchRecord.accessKey).
 */
class SearchAccessKeysTest {

    private final Agency ubnd = Ids.set(new Agency("000.00.00.H99", "UBND tỉnh Mẫu", "UBND", null), 1);
    private final Department kt = Ids.set(new Department(ubnd, "KT", "Phòng Kinh tế"), 10);

    private User user(long id, Role role, Clearance c) {
        User u = Ids.set(new User(ubnd, kt, "u" + id, "U", "x", EnumSet.of(role), new HashedPassword("h", "s", 10)), id);
        u.setClearance(c);
        return u;
    }

    @Test
    void clerksSeeTheWholeAgencyUpToTheirClearance() {
        assertEquals(List.of("1:NONE:*"), SearchService.accessKeys(user(3, Role.CLERK, Clearance.NONE)));
        assertEquals(List.of("1:NONE:*", "1:MAT:*"), SearchService.accessKeys(user(3, Role.CLERK, Clearance.MAT)));
    }

    @Test
    void specialistsSeeTheirDepartmentAndWhatWasGivenToThem() {
        assertEquals(List.of("1:NONE:d10", "1:NONE:u5"), SearchService.accessKeys(user(5, Role.SPECIALIST, Clearance.NONE)));
    }

    @Test
    void headsAlsoSeeWhatWasGivenToTheirDepartment() {
        assertEquals(List.of("1:NONE:d10", "1:NONE:u6", "1:NONE:h10"),
                SearchService.accessKeys(user(6, Role.DEPT_HEAD, Clearance.NONE)));
    }
}
