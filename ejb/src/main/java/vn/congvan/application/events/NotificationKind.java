package vn.congvan.application.events;

/** What a notification is about; the notification service turns each into a message in the user's language. */
public enum NotificationKind {
    /** A document was presented to a leader for direction (trình lãnh đạo). */
    PRESENTED,
    /** Someone was given a part in handling a document (lead, cooperating, for information). */
    ASSIGNED,
    /** An assignee returned their part, with a reason. */
    RETURNED,
    /** An assignee asked for a deadline extension. */
    EXTENSION_REQUESTED,
    /** An extension was granted or refused. */
    EXTENSION_DECIDED,
    /** An assignee recorded progress. */
    PROGRESS,
    /** An assignee finished their part. */
    DONE,
    /** A deadline is near (per the agency's working-day calendar). */
    DUE_SOON,
    /** A deadline has passed. */
    OVERDUE,
    /** An opinion on a draft is asked for (xin ý kiến). */
    OPINION_REQUESTED,
    /** A draft was submitted for review or forwarded to the next reviewer. */
    REVIEW_REQUESTED,
    /** A draft was returned to its author with comments. */
    DRAFT_RETURNED,
    /** A draft was approved and signed; it awaits issuing by the clerk. */
    READY_TO_ISSUE,
    /** A remote signing service refused or timed out. */
    SIGNING_FAILED,
    /** An outgoing document was issued to this user or their department as an internal recipient. */
    RECEIVED,
    /** An issued document was recalled (thu hồi). */
    RECALLED,
    /** A package arrived from another agency (received electronically). */
    EXCHANGE_RECEIVED,
    /** An urgent incoming document (Thượng khẩn, Hỏa tốc) was registered: the agency's leaders are told at once. */
    REGISTERED_URGENT
}
