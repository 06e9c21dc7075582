package vn.congvan.domain.model.audit;

/** What a user did to a document (nhật ký thao tác): every change, every view and every download is recorded. */
public enum AuditAction {
    /** Vào sổ: the document was registered and got its number. */
    REGISTERED,
    /** Xem: its page or its REST representation was opened. */
    VIEWED,
    /** Tải về: an attachment was downloaded. */
    DOWNLOADED,
    /** Thu hồi: an outgoing document was withdrawn (it keeps its number). */
    WITHDRAWN,
    /** Đóng sổ: a register was closed and takes no more numbers. */
    CLOSED,
    /** A register's notation patterns were set. */
    PATTERN_SET
}
