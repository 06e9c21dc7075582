package vn.congvan.domain.model;

import org.junit.jupiter.api.Test;
import vn.congvan.domain.model.agency.Agency;
import vn.congvan.domain.model.agency.Clearance;
import vn.congvan.domain.model.agency.HashedPassword;
import vn.congvan.domain.model.agency.Role;
import vn.congvan.domain.model.agency.User;
import vn.congvan.domain.model.incoming.IncomingDetails;
import vn.congvan.domain.model.incoming.IncomingDocument;
import vn.congvan.domain.model.incoming.Priority;
import vn.congvan.domain.model.incoming.ReceiveMethod;
import vn.congvan.domain.model.register.Register;
import vn.congvan.domain.model.register.RegisterKind;
import vn.congvan.domain.model.register.RegisterSeries;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NumberingTest {

    private final Agency agency = new Agency("000.00.00.H99", "UBND tỉnh Mẫu", "UBND", null);
    private final User clerk = new User(agency, null, "vanthu", "Nguyễn Thị Lan", "Văn thư", EnumSet.of(Role.CLERK),
            new HashedPassword("h", "s", 10));

    private static IncomingDetails details(String number, String notation) {
        return new IncomingDetails(ReceiveMethod.UPLOAD, "Bộ Nội vụ", null, number, notation,
                LocalDate.of(2026, 3, 1), "Về việc thử", null, null, 1, null, null, null, null);
    }

    @Test
    void aRegisterNumbersFromOneWithoutGaps() {
        Register r = new Register(agency, 2026, RegisterKind.INCOMING, RegisterSeries.NORMAL, "CHUNG", "Sổ đến 2026");
        for (long expected = 1; expected <= 5; expected++) {
            IncomingDocument d = IncomingDocument.register(r, LocalDate.of(2026, 3, 2), Instant.now(),
                    details("1", "QĐ-BNV"), typeStub(), null, clerk);
            assertEquals(expected, d.arrivalNumber());
        }
        assertEquals(6, r.nextNumber());
    }

    @Test
    void aDocumentGoesOnlyIntoAnIncomingRegisterOfItsYear() {
        Register outgoing = new Register(agency, 2026, RegisterKind.OUTGOING, RegisterSeries.NORMAL, "CHUNG", "Sổ đi");
        assertThrows(IllegalArgumentException.class, () -> IncomingDocument.register(outgoing, LocalDate.of(2026, 1, 2),
                Instant.now(), details("1", "X"), typeStub(), null, clerk));
        Register lastYear = new Register(agency, 2025, RegisterKind.INCOMING, RegisterSeries.NORMAL, "CHUNG", "Sổ đến 2025");
        assertThrows(IllegalArgumentException.class, () -> IncomingDocument.register(lastYear, LocalDate.of(2026, 1, 2),
                Instant.now(), details("1", "X"), typeStub(), null, clerk));
        assertEquals(1, lastYear.nextNumber(), "a refused document takes no number");
    }

    @Test
    void numberAndNotationAsPrinted() {
        Register r = new Register(agency, 2026, RegisterKind.INCOMING, RegisterSeries.NORMAL, "CHUNG", "Sổ đến");
        assertEquals("15/QĐ-UBND", IncomingDocument.register(r, LocalDate.of(2026, 5, 5), Instant.now(),
                details("15", "QĐ-UBND"), typeStub(), null, clerk).numberAndNotation());
        assertEquals("UBND-VP", IncomingDocument.register(r, LocalDate.of(2026, 5, 5), Instant.now(),
                details(null, "UBND-VP"), typeStub(), null, clerk).numberAndNotation());
    }

    @Test
    void priorityIsMappedByItsEdxmlCode() {
        assertEquals(Priority.THUONG, Priority.ofCode(0));
        assertEquals(Priority.HOA_TOC, Priority.ofCode(3));
        assertEquals(4, Priority.HOA_TOC_HEN_GIO.code());
        assertTrue(Priority.THUONG_KHAN.urgent());
        assertFalse(Priority.KHAN.urgent());
        assertThrows(IllegalArgumentException.class, () -> Priority.ofCode(5));
    }

    @Test
    void clearanceCoversItsLevelAndBelow() {
        assertTrue(Clearance.TOI_MAT.covers(Clearance.MAT));
        assertTrue(Clearance.MAT.covers(Clearance.NONE));
        assertFalse(Clearance.NONE.covers(Clearance.MAT));
        assertFalse(Clearance.MAT.covers(Clearance.TUYET_MAT));
    }

    @Test
    void anAgencyCodeHasAtMostThirteenCharacters() {
        assertThrows(IllegalArgumentException.class, () -> new Agency("000.00.00.H99X", "x", "x", null));
    }

    private static vn.congvan.domain.model.catalogue.DocumentType typeStub() {
        return new vn.congvan.domain.model.catalogue.DocumentType() {
        };
    }
}
