package vn.congvan.domain.model.audit;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The hash chain of the action log: intact when untouched, and names the first entry that was changed. */
class HashChainTest {

    private static final Instant T0 = Instant.parse("2026-03-01T02:00:00.123456789Z");

    private static List<ActionEntry> chain(int n) {
        List<ActionEntry> out = new ArrayList<>();
        String prev = HashChain.GENESIS;
        for (int i = 1; i <= n; i++) {
            ActionEntry e = ActionEntry.link(i, T0.plusSeconds(i), 1L, 2L, "vanthu",
                    AuditAction.values()[i % 3], "INCOMING", 10L + i, i % 3 == 2 ? 99L : null, "chi tiết " + i, prev);
            out.add(e);
            prev = e.hash();
        }
        return out;
    }

    private static ActionEntry withDetail(ActionEntry e, String detail) {
        return new ActionEntry(e.seq(), e.occurredAt(), e.agencyId(), e.userId(), e.username(), e.action(),
                e.documentKind(), e.documentId(), e.attachmentId(), detail, e.prevHash(), e.hash());
    }

    private static HashChain.Report check(List<ActionEntry> entries, List<ActionEntry> original) {
        ActionEntry last = original.get(original.size() - 1);
        return HashChain.verify(entries.iterator(), last.seq(), last.hash());
    }

    @Test
    void untouchedChainIsIntact() {
        List<ActionEntry> c = chain(5);
        HashChain.Report r = check(c, c);
        assertTrue(r.intact());
        assertEquals(5, r.entries());
        assertNull(r.brokenSeq());
        assertEquals(HashChain.GENESIS, c.get(0).prevHash());
        assertEquals(c.get(0).hash(), c.get(1).prevHash());
    }

    @Test
    void emptyLogIsIntactAgainstTheInitialHead() {
        assertTrue(HashChain.verify(List.<ActionEntry>of().iterator(), 0, HashChain.GENESIS).intact());
    }

    @Test
    void changedContentNamesThatEntry() {
        List<ActionEntry> c = chain(5);
        List<ActionEntry> t = new ArrayList<>(c);
        t.set(2, withDetail(c.get(2), "chi tiết đã sửa"));
        HashChain.Report r = check(t, c);
        assertFalse(r.intact());
        assertEquals(3L, r.brokenSeq());
        assertEquals(HashChain.Break.CONTENT_CHANGED, r.reason());
    }

    @Test
    void rehashedEntryIsCaughtByItsSuccessor() {
        List<ActionEntry> c = chain(5);
        List<ActionEntry> t = new ArrayList<>(c);
        ActionEntry e = c.get(1);
        // the forger recomputes the hash of the edited entry; the next entry still names the old hash
        t.set(1, ActionEntry.link(e.seq(), e.occurredAt(), e.agencyId(), e.userId(), "lanhdao", e.action(),
                e.documentKind(), e.documentId(), e.attachmentId(), e.detail(), e.prevHash()));
        HashChain.Report r = check(t, c);
        assertEquals(3L, r.brokenSeq());
        assertEquals(HashChain.Break.PREDECESSOR_MISMATCH, r.reason());
    }

    @Test
    void removedEntryIsAGap() {
        List<ActionEntry> c = chain(5);
        List<ActionEntry> t = new ArrayList<>(c);
        t.remove(1);
        HashChain.Report r = check(t, c);
        assertEquals(3L, r.brokenSeq());
        assertEquals(HashChain.Break.SEQUENCE_GAP, r.reason());
    }

    @Test
    void removedTailDisagreesWithTheHead() {
        List<ActionEntry> c = chain(5);
        HashChain.Report r = check(c.subList(0, 3), c);
        assertEquals(4L, r.brokenSeq());
        assertEquals(HashChain.Break.HEAD_MISMATCH, r.reason());
    }

    @Test
    void canonicalFormIsUnambiguousAndKeepsMicroseconds() {
        ActionEntry a = ActionEntry.link(1, T0, 1L, 2L, "a", AuditAction.VIEWED, "INCOMING", 1L, null, "b\n2:cd", HashChain.GENESIS);
        ActionEntry b = ActionEntry.link(1, T0, 1L, 2L, "a\n1:b", AuditAction.VIEWED, "INCOMING", 1L, null, "cd", HashChain.GENESIS);
        assertNotEquals(a.hash(), b.hash());
        assertEquals(Instant.parse("2026-03-01T02:00:00.123456Z"), a.occurredAt(), "stored to the microsecond");
        assertTrue(a.hashMatchesContent());
    }
}
