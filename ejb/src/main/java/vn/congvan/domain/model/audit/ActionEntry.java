package vn.congvan.domain.model.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One entry of the action log (nhật ký thao tác), a link of the hash chain: {@code hash} is the
 * SHA-256 of the entry's canonical content, which includes {@code prevHash}, the hash of the entry
 * before it ({@link HashChain#GENESIS} for the first). Changing, removing or reordering any entry
 * breaks the chain from there on.
 *
 * @param seq          position in the chain, 1, 2, 3, … without gaps
 * @param occurredAt   when, to the microsecond (what both databases keep)
 * @param documentKind the kind of document acted on ({@code INCOMING}); {@code null} with no document
 */
public record ActionEntry(long seq, Instant occurredAt, Long agencyId, Long userId, String username,
                          AuditAction action, String documentKind, Long documentId, Long attachmentId,
                          String detail, String prevHash, String hash) {

    public ActionEntry {
        if (seq < 1) {
            throw new IllegalArgumentException("seq must be >= 1: " + seq);
        }
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(prevHash, "prevHash");
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
    }

    /** A new link after {@code prevHash}, its hash computed. */
    public static ActionEntry link(long seq, Instant occurredAt, Long agencyId, Long userId, String username,
                                   AuditAction action, String documentKind, Long documentId, Long attachmentId,
                                   String detail, String prevHash) {
        ActionEntry unhashed = new ActionEntry(seq, occurredAt, agencyId, userId, username, action, documentKind,
                documentId, attachmentId, detail, prevHash, null);
        return new ActionEntry(seq, occurredAt, agencyId, userId, username, action, documentKind, documentId,
                attachmentId, detail, prevHash, HashChain.sha256(unhashed.canonical()));
    }

    /**
     * The bytes that are hashed: every field but {@code hash}, each written as its length, a colon and
     * its text (so that no choice of values can make two different entries read the same), {@code -}
     * for an absent value. Version-tagged so that the format can change later without ambiguity.
     */
    public byte[] canonical() {
        StringBuilder b = new StringBuilder("congvan-action-log/1\n");
        field(b, Long.toString(seq));
        field(b, occurredAt.toString());
        field(b, agencyId);
        field(b, userId);
        field(b, username);
        field(b, action.name());
        field(b, documentKind);
        field(b, documentId);
        field(b, attachmentId);
        field(b, detail);
        field(b, prevHash);
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Whether the stored hash is the hash of the stored content. */
    public boolean hashMatchesContent() {
        return hash != null && hash.equals(HashChain.sha256(canonical()));
    }

    private static void field(StringBuilder b, Object value) {
        if (value == null) {
            b.append("-\n");
        } else {
            String s = value.toString();
            b.append(s.length()).append(':').append(s).append('\n');
        }
    }
}
