package vn.congvan.domain.model.drafting;

import org.junit.jupiter.api.Test;
import vn.congvan.domain.model.Ids;
import vn.congvan.domain.model.agency.Agency;
import vn.congvan.domain.model.agency.Clearance;
import vn.congvan.domain.model.agency.Department;
import vn.congvan.domain.model.agency.HashedPassword;
import vn.congvan.domain.model.agency.Role;
import vn.congvan.domain.model.agency.User;
import vn.congvan.domain.model.catalogue.DocumentType;
import vn.congvan.domain.model.incoming.Priority;
import vn.congvan.domain.model.outgoing.Recipient;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The state machine of a draft: each step allowed only from its states, and a refused step changes nothing. */
class DraftTest {

    private static final HashedPassword PW = new HashedPassword("aGFzaA==", "c2FsdA==", 10);
    private static final Instant T = Instant.parse("2026-12-01T02:00:00Z");
    private final Agency ubnd = Ids.set(new Agency("000.00.00.H99", "UBND tỉnh Mẫu", "UBND", null), 1);
    private final Department kt = Ids.set(new Department(ubnd, "KT", "Phòng Kinh tế"), 11);
    private final User author = user(100, "chuyenvien", Role.SPECIALIST);
    private final User head = user(101, "truongphong", Role.DEPT_HEAD);
    private final User leader = user(102, "lanhdao", Role.LEADER);
    private final User clerk = user(103, "vanthu", Role.CLERK);
    private final DocumentType cv = Ids.set(Ids.blank(DocumentType.class), 5);

    private User user(long id, String name, Role role) {
        return Ids.set(new User(ubnd, kt, name, name, "x", EnumSet.of(role), PW), id);
    }

    private static DraftVersion.FileFacts pdf(String sha) {
        return new DraftVersion.FileFacts("a.pdf", DraftVersion.PDF, 10, sha.repeat(64).substring(0, 64), 1);
    }

    private Draft draft() {
        return new Draft(author, cv, kt, "Về việc thử", Priority.THUONG, Clearance.NONE,
                List.of(Recipient.internal(11, "Phòng Kinh tế")), T);
    }

    private static void refused(String reason, Runnable step) {
        DraftStepRefused e = assertThrows(DraftStepRefused.class, step::run);
        assertEquals(reason, e.reason());
    }

    @Test
    void aDraftNeedsAPdfToBeSubmittedAndDocxVersionsAreKept() {
        Draft d = draft();
        assertEquals(DraftStatus.DRAFTING, d.status());
        d.addVersion(author, new DraftVersion.FileFacts("a.docx", DraftVersion.DOCX, 10, "d".repeat(64), null), null, T);
        refused("drafting.pdfRequired", () -> d.submit(author, 2, ReviewRole.DEPT_HEAD, head, null, T));
        assertEquals(DraftStatus.DRAFTING, d.status());
        d.addVersion(author, pdf("a"), "PDF", T);
        d.submit(author, 2, ReviewRole.DEPT_HEAD, head, null, T);
        assertEquals(DraftStatus.IN_REVIEW, d.status());
        assertEquals(2, d.versions().size());
        assertEquals(2, d.latestPdf().versionNo());
    }

    @Test
    void theWholeWayWithAReturnAndARevision() {
        Draft d = draft();
        d.addVersion(author, pdf("a"), null, T);
        d.submit(author, 2, ReviewRole.DEPT_HEAD, head, null, T);
        refused("drafting.notSubmittable", () -> d.submit(author, 2, ReviewRole.DEPT_HEAD, head, null, T));
        refused("drafting.notEditable", () -> d.addVersion(author, pdf("b"), null, T));
        refused("drafting.notLastStep", () -> d.signed(head, pdf("s"), null, T));
        d.returnToAuthor(head, "Bổ sung", T);
        assertEquals(DraftStatus.RETURNED, d.status());
        assertEquals("Bổ sung", d.lastReason());
        assertNull(d.reviewer());
        refused("drafting.notInReview", () -> d.approve(head, ReviewRole.LEADER, leader, null, T));
        d.addVersion(author, pdf("b"), "sửa", T);
        d.submit(author, 2, ReviewRole.DEPT_HEAD, head, null, T);
        assertNull(d.lastReason());
        d.approve(head, ReviewRole.LEADER, leader, null, T);
        assertTrue(d.atLastStep());
        assertEquals(leader, d.reviewer());
        refused("drafting.lastStepSigns", () -> d.approve(leader, ReviewRole.LEADER, leader, null, T));
        refused("drafting.notSigned", () -> d.issued(clerk, pdf("i"), 1, "1/UBND-KT", T));
        DraftVersion signed = d.signed(leader, pdf("s"), "Đồng ý", T);
        assertEquals(DraftVersion.Stage.SIGNED, signed.stage());
        assertEquals(DraftStatus.SIGNED, d.status());
        refused("drafting.notInReview", () -> d.returnToAuthor(leader, "x", T));
        refused("drafting.opinion.closed", () -> d.askOpinion(author, head, null, T));
        refused("drafting.notIssued", () -> d.recalled(clerk, "x", T));
        d.issued(clerk, pdf("i"), 77, "1/UBND-KT", T);
        assertEquals(DraftStatus.ISSUED, d.status());
        assertEquals(77L, d.outgoingId());
        refused("drafting.notSigned", () -> d.issued(clerk, pdf("i"), 78, "2/UBND-KT", T));
        d.recalled(clerk, "Sai", T);
        assertEquals(DraftStatus.RECALLED, d.status());
        assertEquals(4, d.versions().size());
        assertEquals(List.of(1, 2, 3, 4), d.versions().stream().map(DraftVersion::versionNo).toList());
    }

    @Test
    void remoteSigningWaitsAndAFailureReturnsTheDraftWithTheReason() {
        Draft d = draft();
        d.addVersion(author, pdf("a"), null, T);
        d.submit(author, 1, ReviewRole.LEADER, leader, null, T);
        refused("drafting.notAwaitingSignature", () -> d.signingFailed(leader, "x", T));
        d.awaitSignature(leader, T);
        assertEquals(DraftStatus.AWAITING_SIGNATURE, d.status());
        refused("drafting.notInReview", () -> d.forward(leader, head, null, T));
        d.signingFailed(leader, "Người dùng từ chối", T);
        assertEquals(DraftStatus.RETURNED, d.status());
        assertEquals("Người dùng từ chối", d.lastReason());
        d.submit(author, 1, ReviewRole.LEADER, leader, null, T);
        d.awaitSignature(leader, T);
        d.signed(leader, pdf("s"), null, T);
        assertEquals(DraftStatus.SIGNED, d.status());
    }

    @Test
    void opinionsAreGivenOnce() {
        Draft d = draft();
        DraftOpinion o = d.askOpinion(author, head, "Góp ý?", T);
        assertTrue(o.open());
        o.answer(DraftOpinion.Answer.OTHER, "Thêm số liệu", T);
        assertFalse(o.open());
        refused("drafting.opinion.answered", () -> o.answer(DraftOpinion.Answer.AGREE, null, T));
        assertEquals(DraftOpinion.Answer.OTHER, o.answer());
    }

    @Test
    void aChainMustEndWithALeader() {
        assertNull(ReviewChainStep.check(ReviewChainStep.DEFAULT));
        assertEquals("reviewChain.empty", ReviewChainStep.check(List.of()));
        assertEquals("reviewChain.lastNotLeader", ReviewChainStep.check(List.of(
                new ReviewChainStep.Step(ReviewRole.LEADER, "Lãnh đạo"), new ReviewChainStep.Step(ReviewRole.DEPT_HEAD, "TP"))));
    }
}
