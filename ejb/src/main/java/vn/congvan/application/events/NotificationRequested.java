package vn.congvan.application.events;

import vn.congvan.domain.model.document.DocumentKind;

import java.util.Objects;
import java.util.Set;

/**
 * Someone should be told about a document. Fired by the service that made the change, inside its
 * transaction; the notification service stores one in-application notification per recipient and
 * sends e-mail after the commit. Urgent documents (Hỏa tốc, Thượng khẩn) are sent at once, never batched.
 *
 * @param agencyId     the agency whose users are told
 * @param recipients   user ids (never empty)
 * @param kind         what happened
 * @param documentKind incoming or outgoing
 * @param documentId   the document's id
 * @param title        a short text naming the document (số/ký hiệu and trích yếu), in Vietnamese
 * @param detail       the comment, reason or deadline that goes with it; may be null
 * @param actorUserId  who caused it (not told about their own action); may be null for the scheduler
 * @param urgent       Hỏa tốc or Thượng khẩn
 */
public record NotificationRequested(long agencyId, Set<Long> recipients, NotificationKind kind,
                                    DocumentKind documentKind, long documentId, String title, String detail,
                                    Long actorUserId, boolean urgent) {
    public NotificationRequested {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(documentKind, "documentKind");
        recipients = Set.copyOf(recipients);
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("A notification needs at least one recipient");
        }
    }
}
