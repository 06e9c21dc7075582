package vn.congvan.domain.model.audit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;

/**
 * The tamper-evidence of the action log: checks that each entry's hash is the hash of its content,
 * that it names its predecessor's hash, that the numbers run 1, 2, 3, … without a gap, and that the
 * chain ends where the head (the last hash the application wrote) says it ends. The first entry that
 * fails is named; everything before it is intact.
 */
public final class HashChain {

    /** The predecessor of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private HashChain() {
    }

    public static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Why an entry breaks the chain. */
    public enum Break {
        /** Its content was changed: the stored hash is not the hash of what is stored. */
        CONTENT_CHANGED,
        /** It does not follow its predecessor: an entry before it was removed, changed or inserted. */
        PREDECESSOR_MISMATCH,
        /** Its number is not the next one: an entry before it was removed or the order was changed. */
        SEQUENCE_GAP,
        /** The chain ends before or after the point the head records: entries at the end were removed or added. */
        HEAD_MISMATCH
    }

    /**
     * The result of a check.
     *
     * @param entries     how many entries were read
     * @param brokenSeq   the number of the first broken entry, or {@code null} when intact (for {@link Break#HEAD_MISMATCH}
     *                    of a shortened chain: the first missing number)
     */
    public record Report(boolean intact, long entries, Long brokenSeq, Break reason, String lastHash) {
        static Report ok(long entries, String lastHash) {
            return new Report(true, entries, null, null, lastHash);
        }

        static Report broken(long entries, long seq, Break reason, String lastHash) {
            return new Report(false, entries, seq, reason, lastHash);
        }
    }

    /**
     * Walks the chain in order of {@code seq}.
     *
     * @param headSeq  the number of the last entry according to the head
     * @param headHash the hash of the last entry according to the head
     */
    public static Report verify(Iterator<ActionEntry> entriesInOrder, long headSeq, String headHash) {
        String prev = GENESIS;
        long expected = 1;
        long count = 0;
        while (entriesInOrder.hasNext()) {
            ActionEntry e = entriesInOrder.next();
            count++;
            if (e.seq() != expected) {
                return Report.broken(count, e.seq(), Break.SEQUENCE_GAP, prev);
            }
            if (!e.hashMatchesContent()) {
                return Report.broken(count, e.seq(), Break.CONTENT_CHANGED, prev);
            }
            if (!e.prevHash().equals(prev)) {
                return Report.broken(count, e.seq(), Break.PREDECESSOR_MISMATCH, prev);
            }
            prev = e.hash();
            expected++;
        }
        long last = expected - 1;
        if (last != headSeq || !prev.equals(headHash)) {
            return Report.broken(count, Math.min(last, headSeq) + 1, Break.HEAD_MISMATCH, prev);
        }
        return Report.ok(count, prev);
    }
}
