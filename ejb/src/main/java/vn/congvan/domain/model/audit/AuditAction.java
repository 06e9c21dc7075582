package vn.congvan.domain.model.audit;

/** What a user did to a document (nhật ký thao tác): every change, every view and every download is recorded. */
public enum AuditAction {
    /** Vào sổ: the document was registered and got its number. */
    REGISTERED,
    /** Xem: its page or its REST representation was opened. */
    VIEWED,
    /** Tải về: an attachment was downloaded. */
    DOWNLOADED,
    /** Thêm tệp: a new file was attached to a registered document. */
    ATTACHMENT_ADDED,
    /** Phiên bản mới: a new version of a file was uploaded (the old one is kept). */
    VERSION_ADDED,
    /** Xóa tệp (xóa tạm): a file was hidden; it stays in the store and can be restored. */
    ATTACHMENT_DELETED,
    /** Khôi phục tệp. */
    ATTACHMENT_RESTORED,
    /** Hồ sơ: created. */
    DOSSIER_CREATED,
    /** A document was put in a dossier (recorded on the dossier and on the document). */
    DOSSIER_DOC_ADDED,
    /** A document was taken out of a dossier (recorded on the dossier and on the document). */
    DOSSIER_DOC_REMOVED,
    /** Đóng hồ sơ. */
    DOSSIER_CLOSED,
    /** Mở lại hồ sơ (administrator). */
    DOSSIER_REOPENED,
    /** Xuất hồ sơ: the dossier was exported as a ZIP. */
    DOSSIER_EXPORTED
}
