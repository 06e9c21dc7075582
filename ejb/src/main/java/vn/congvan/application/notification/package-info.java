/**
 * Notifications (thông báo) in the application and by e-mail. Services fire
 * {@link vn.congvan.application.events.NotificationRequested} inside their transactions;
 * {@link vn.congvan.application.notification.NotificationRecorder} writes one notification per recipient
 * and, for those with an e-mail address who want it, one row of the durable mail outbox, in that same
 * transaction. {@link vn.congvan.application.notification.MailWorker} sends the outbox after the commit:
 * urgent ones at once, the others gathered per recipient into one message per batching window; a failed
 * SMTP attempt is retried later. Texts are rendered in the reader's language ({@link
 * vn.congvan.application.notification.NotificationTexts}, {@link vn.congvan.application.notification.MailComposer});
 * e-mail about a secret document never names it.
 */
package vn.congvan.application.notification;
