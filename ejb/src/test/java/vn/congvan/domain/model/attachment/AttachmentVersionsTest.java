package vn.congvan.domain.model.attachment;

import org.junit.jupiter.api.Test;
import vn.congvan.domain.model.Ids;
import vn.congvan.domain.model.agency.Agency;
import vn.congvan.domain.model.agency.HashedPassword;
import vn.congvan.domain.model.agency.Role;
import vn.congvan.domain.model.agency.User;
import vn.congvan.domain.model.catalogue.DocumentType;
import vn.congvan.domain.model.incoming.IncomingDetails;
import vn.congvan.domain.model.incoming.IncomingDocument;
import vn.congvan.domain.model.incoming.ReceiveMethod;
import vn.congvan.domain.model.register.Register;
import vn.congvan.domain.model.register.RegisterKind;
import vn.congvan.domain.model.register.RegisterSeries;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Versions never overwrite: a new version is a new row of the same lineage; soft delete hides a whole file. */
class AttachmentVersionsTest {

    private final Agency agency = Ids.set(new Agency("000.00.00.H99", "UBND tỉnh Mẫu", "UBND", null), 1);
    private final User clerk = Ids.set(new User(agency, null, "vanthu", "Nguyễn Thị Lan", "Văn thư",
            EnumSet.of(Role.CLERK), new HashedPassword("h", "s", 10)), 7);
    private final IncomingDocument doc = IncomingDocument.register(
            new Register(agency, 2026, RegisterKind.INCOMING, RegisterSeries.NORMAL, "CHUNG", "Sổ đến 2026"),
            LocalDate.of(2026, 3, 2), Instant.now(),
            new IncomingDetails(ReceiveMethod.UPLOAD, "Bộ Nội vụ", null, "1", "BNV", LocalDate.of(2026, 3, 1),
                    "Về việc thử", null, null, 1, null, null, null, null),
            Ids.blank(DocumentType.class), null, clerk);
    private long nextId = 100;

    private Attachment first(String name) {
        return Ids.set(new Attachment(doc, file(name), name, "application/pdf", 1, clerk), nextId++);
    }

    private Attachment next(Attachment latest, String name) {
        return Ids.set(latest.nextVersion(latest.versionNo(), file(name), name, "application/pdf", 1, clerk), nextId++);
    }

    private static StoredFile file(String name) {
        String hex = String.format("%064x", Math.abs((long) name.hashCode()));
        return new StoredFile(hex, 10);
    }

    @Test
    void aNewVersionIsANewRowOfTheSameFileAndTheOldOneIsUnchanged() {
        Attachment v1 = first("a.pdf");
        String sha1 = v1.sha256();
        Attachment v2 = next(v1, "a-sua.pdf");
        Attachment v3 = next(v2, "a-sua-2.pdf");
        assertEquals(v1.id(), v1.lineageId());
        assertEquals(v1.id(), v2.lineageId());
        assertEquals(v1.id(), v3.lineageId());
        assertEquals(List.of(1, 2, 3), List.of(v1.versionNo(), v2.versionNo(), v3.versionNo()));
        assertEquals(sha1, v1.sha256(), "the first version keeps its content");
        assertEquals("a.pdf", v1.fileName());

        Attachment other = first("phu-luc.pdf");
        List<Attachment> all = List.of(v2, other, v3, v1);
        assertEquals(List.of(v3, other), AttachmentVersions.current(all), "the latest of each file, in order of the files");
        assertEquals(List.of(v3, v2, v1), AttachmentVersions.versionsOf(all, v1.id()));
        assertEquals(v3, AttachmentVersions.latestOf(all, v1.id()).orElseThrow());
        assertTrue(AttachmentVersions.versionsOf(all, 999).isEmpty());
    }

    @Test
    void aDeletedFileIsHiddenRestorableAndTakesNoNewVersion() {
        Attachment v1 = first("a.pdf");
        Attachment v2 = next(v1, "b.pdf");
        Attachment other = first("c.pdf");
        List<Attachment> all = new ArrayList<>(List.of(v1, v2, other));
        AttachmentVersions.versionsOf(all, v1.id()).forEach(a -> a.markDeleted(clerk, Instant.now()));
        assertEquals(List.of(other), AttachmentVersions.current(all));
        assertEquals(List.of(v2), AttachmentVersions.deleted(all));
        assertTrue(v1.deleted() && v2.deleted());
        assertThrows(IllegalStateException.class, () -> next(v2, "d.pdf"));

        AttachmentVersions.versionsOf(all, v1.id()).forEach(Attachment::restore);
        assertFalse(v2.deleted());
        assertEquals(List.of(v2, other), AttachmentVersions.current(all));
        assertTrue(AttachmentVersions.deleted(all).isEmpty());
    }

    @Test
    void anUnsavedFileHasNoVersionsYet() {
        Attachment unsaved = new Attachment(doc, file("x"), "x.pdf", "application/pdf", 1, clerk);
        assertThrows(IllegalStateException.class,
                () -> unsaved.nextVersion(1, file("y"), "y.pdf", "application/pdf", 1, clerk));
    }
}
