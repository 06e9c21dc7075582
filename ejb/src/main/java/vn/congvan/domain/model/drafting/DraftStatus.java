package vn.congvan.domain.model.drafting;

/** Where a draft is in its life. */
public enum DraftStatus {
    /** Being written by its author (đang soạn thảo). */
    DRAFTING,
    /** With a reviewer of the chain (đang trình duyệt). */
    IN_REVIEW,
    /** Sent back to the author with comments, or after a failed remote signature (bị trả lại). */
    RETURNED,
    /** The leader approved; a remote signing service has not answered yet (chờ ký số). */
    AWAITING_SIGNATURE,
    /** Approved and signed by the leader; waiting for the clerk to issue it (chờ phát hành). */
    SIGNED,
    /** Numbered, sealed and in the outgoing register (đã phát hành). */
    ISSUED,
    /** The issued document was recalled (đã thu hồi). */
    RECALLED;

    /** The author may change the draft (files, recipients, opinions) and submit it. */
    public boolean editable() {
        return this == DRAFTING || this == RETURNED;
    }
}
