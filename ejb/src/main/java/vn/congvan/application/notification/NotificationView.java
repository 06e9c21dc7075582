package vn.congvan.application.notification;

import java.time.Instant;
import java.util.List;

/**
 * One notification as its reader sees it, in their language.
 *
 * @param message  the sentence ("Văn bản đến khẩn vừa được vào sổ: …"); names no secret document the reader
 *                 is not cleared for
 * @param detail   the comment, reason or deadline; null when none or not for this reader
 * @param link     the document's page, relative to the application root
 */
public record NotificationView(long id, String kind, String documentKind, long documentId, String message,
                               String detail, String actorName, boolean urgent, boolean read, Instant createdAt,
                               Instant readAt, String link) {

    /** A page of notifications, newest first, with the caller's unread count. */
    public record Page(List<NotificationView> items, long total, long unread, int page, int size) {
    }

    /** The counts for the bell. */
    public record Count(long unread, long urgentUnread) {
    }
}
