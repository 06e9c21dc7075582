package vn.congvan.domain.model.audit;

/** What a user did to a document (nhật ký thao tác): every change, every view and every download is recorded. */
public enum AuditAction {
    /** Vào sổ: the document was registered and got its number. */
    REGISTERED,
    /** Xem: its page or its REST representation was opened. */
    VIEWED,
    /** Tải về: an attachment was downloaded. */
    DOWNLOADED,
    // --- admin: changes to the organisation (document_kind names what was changed, document_id its id) ---
    /** Tạo mới: a department, user, position or document type was created. */
    CREATED,
    /** Sửa: its names, code, e-mail, department or positions were changed. */
    UPDATED,
    /** Ngừng sử dụng: deactivated. */
    DEACTIVATED,
    /** Dùng lại: reactivated. */
    REACTIVATED,
    /** Xóa: a department nothing referred to was deleted. */
    DELETED,
    /** Đổi vai trò: a user's roles changed (detail: old → new). */
    ROLES_CHANGED,
    /** Đổi mức được tiếp cận văn bản mật: a user's clearance changed (detail: old → new). */
    CLEARANCE_CHANGED,
    /** Đặt lại mật khẩu: an administrator set a temporary password. */
    PASSWORD_RESET,
    /** Đổi mật khẩu: the user changed their own password. */
    PASSWORD_CHANGED,
    /** Thu hồi: an outgoing document was withdrawn (it keeps its number). */
    WITHDRAWN,
    /** Đóng sổ: a register was closed and takes no more numbers. */
    CLOSED,
    /** A register's notation patterns were set. */
    PATTERN_SET,
    /** Cấu hình chữ ký số: an administrator changed trust anchors, CRLs, TSA, remote services, PKCS#11 libraries or the default level. */
    SIGNING_CONFIG,
    /** Khóa ký số: a user set their signing key (PKCS#12, PKCS#11 slot or remote credential). */
    SIGNING_KEY_SET,
    /** Ký số: a user signed a document (or a test document) with their key. */
    SIGNED,
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
    DOSSIER_EXPORTED,
    // --- routing of incoming documents (issue 6) ---
    /** Trình: the clerk presented the document to a leader. */
    PRESENTED,
    /** Bút phê: the leader gave out the parts (detail: who, which part, deadline). */
    DIRECTED,
    /** Phân công lại: a department head gave a part to a person of the department. */
    REASSIGNED,
    /** Trả lại: a part was given back, with a reason. */
    ASSIGNMENT_RETURNED,
    /** Cập nhật tiến độ. */
    PROGRESS_RECORDED,
    /** Đề nghị gia hạn. */
    EXTENSION_REQUESTED,
    /** Đồng ý gia hạn. */
    EXTENSION_GRANTED,
    /** Không đồng ý gia hạn. */
    EXTENSION_REFUSED,
    /** Liên kết văn bản trả lời (an outgoing document). */
    REPLY_LINKED,
    /** Hoàn thành: a part was finished with its result. */
    ASSIGNMENT_DONE,
    // --- drafting of outgoing documents (document_kind DRAFT) ---
    SUBMITTED,
    APPROVED,
    RETURNED,
    FORWARDED,
    ISSUED
}
