package vn.congvan.domain.model.audit;

/** What a user did to a document (nhật ký thao tác): every change, every view and every download is recorded. */
public enum AuditAction {
    /** Vào sổ: the document was registered and got its number. */
    REGISTERED,
    /** Xem: its page or its REST representation was opened. */
    VIEWED,
    /** Tải về: an attachment was downloaded. */
    DOWNLOADED,
    /** Cấu hình chữ ký số: an administrator changed trust anchors, CRLs, TSA, remote services, PKCS#11 libraries or the default level. */
    SIGNING_CONFIG,
    /** Khóa ký số: a user set their signing key (PKCS#12, PKCS#11 slot or remote credential). */
    SIGNING_KEY_SET,
    /** Ký số: a user signed a document (or a test document) with their key. */
    SIGNED
}
