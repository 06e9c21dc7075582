package vn.congvan.domain.model.exchange;

import org.junit.jupiter.api.Test;
import vn.congvan.domain.model.agency.Agency;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Updates and replacements (edXML BussinessDocType 2 and 3): the outbox rows and the received package. */
class ChangesTest {

    static final Instant AT = Instant.parse("2026-12-06T03:00:00Z");

    static ReceivedPackage.Header header(String subject) {
        return new ReceivedPackage.Header("000.00.00.H99,2026/12/01,12/UBND-VP", "000.00.00.H99", "UBND tỉnh Mẫu",
                "12", "UBND-VP", LocalDate.of(2026, 12, 1), "Công văn", subject, "Trần Văn Minh", "Chủ tịch", 0, null, null);
    }

    static ReceivedPackage received() {
        Agency a = new Agency("000.01.00.H99", "Sở Nội vụ", "SNV", null);
        return new ReceivedPackage(a, header("Cũ"), "a".repeat(64), 10,
                List.of(new ReceivedFile("cu.pdf", "application/pdf", "b".repeat(64), 5)), AT);
    }

    @Test
    void aPackageInTheQueueTakesTheNewSubjectAndTheNewFiles() {
        ReceivedPackage r = received();
        r.updated("Mới", "Sai trích yếu", AT);
        assertEquals("Mới", r.subject());
        assertEquals("UPDATE", r.changedKind());
        assertEquals("Sai trích yếu", r.changeReason());

        r.replaced(header("Thay thế"), List.of(new ReceivedFile("moi.pdf", "application/pdf", "c".repeat(64), 6)),
                "Bản đúng", AT.plusSeconds(60));
        assertEquals("Thay thế", r.subject());
        assertEquals("moi.pdf", r.files().get(0).fileName());
        assertEquals("REPLACE", r.changedKind());
        assertEquals(AT.plusSeconds(60), r.changedAt());
        assertEquals("000.00.00.H99,2026/12/01,12/UBND-VP", r.edxmlDocumentId(), "status messages name the original");
    }

    @Test
    void anAcceptedPackageKeepsTheFilesItWasRegisteredWith() {
        ReceivedPackage r = received();
        r.accepted(42L, null, AT);
        r.replaced(header("Thay thế"), List.of(new ReceivedFile("moi.pdf", "application/pdf", "c".repeat(64), 6)),
                "Bản đúng", AT);
        assertEquals("Thay thế", r.subject());
        assertEquals("cu.pdf", r.files().get(0).fileName(), "the new file goes to the incoming document as a version");
    }

    @Test
    void aRefusedOrRecalledPackageTakesNoChange() {
        ReceivedPackage refused = received();
        refused.refused("Không thuộc thẩm quyền", null, AT);
        assertFalse(refused.changeable());
        assertThrows(IllegalStateException.class, () -> refused.updated("Mới", "x", AT));
        assertEquals("Cũ", refused.subject());

        ReceivedPackage recalled = received();
        recalled.recalled("Nhầm", AT);
        assertThrows(IllegalStateException.class, () -> recalled.replaced(header("Mới"), List.of(), "x", AT));
        assertNull(recalled.changedKind());
        assertTrue(received().changeable());
    }

    @Test
    void anOutboxChangeCarriesWhatItsKindNeeds() {
        OutboxEntry update = OutboxEntry.change(OutboxEntry.Kind.UPDATE, 1, 2, "000.01.00.H99", "SNV", "doc", "Sai",
                "Tên", " Mới ", "ignored", "ignored.pdf", AT);
        assertEquals("Mới", update.subject());
        assertNull(update.fileSha256());
        assertEquals("Sai", update.description());
        assertEquals(OutboxEntry.State.PENDING, update.state());

        OutboxEntry replace = OutboxEntry.change(OutboxEntry.Kind.REPLACE, 1, 2, "000.01.00.H99", "SNV", "doc", "Thay",
                "Tên", null, "d".repeat(64), "moi.pdf", AT);
        assertNull(replace.subject(), "no update before: the registered subject travels");
        assertEquals("Đã sửa", OutboxEntry.change(OutboxEntry.Kind.REPLACE, 1, 2, "o", "n", "doc", "r", "s", "Đã sửa",
                "d".repeat(64), "moi.pdf", AT).subject(), "a replacement keeps the last corrected subject");
        assertEquals("moi.pdf", replace.fileName());

        assertThrows(IllegalArgumentException.class, () -> OutboxEntry.change(OutboxEntry.Kind.UPDATE, 1, 2, "o", "n",
                "doc", "r", "s", " ", null, null, AT));
        assertThrows(IllegalArgumentException.class, () -> OutboxEntry.change(OutboxEntry.Kind.REPLACE, 1, 2, "o", "n",
                "doc", "r", "s", null, null, "x.pdf", AT));
        assertThrows(IllegalArgumentException.class, () -> OutboxEntry.change(OutboxEntry.Kind.RECALL, 1, 2, "o", "n",
                "doc", "r", "s", "x", null, null, AT));
    }
}
