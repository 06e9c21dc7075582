package vn.congvan.application.audit;

import vn.congvan.domain.model.audit.HashChain;

/**
 * The result of checking the action log.
 *
 * @param brokenSeq the number ({@code seq}) of the first broken entry; {@code null} when the log is intact
 * @param reason    why it is broken: CONTENT_CHANGED, PREDECESSOR_MISMATCH, SEQUENCE_GAP, HEAD_MISMATCH
 */
public record ChainCheckView(boolean intact, long entriesChecked, Long brokenSeq, String reason) {

    static ChainCheckView of(HashChain.Report r) {
        return new ChainCheckView(r.intact(), r.entries(), r.brokenSeq(), r.reason() == null ? null : r.reason().name());
    }
}
