package vn.congvan.domain.model.routing;

/** The part someone is given in handling a document. */
public enum AssignmentPart {
    /** Xử lý chính (chủ trì): exactly one per direction. */
    LEAD,
    /** Phối hợp. */
    COOPERATE,
    /** Nhận để biết. */
    INFORM
}
