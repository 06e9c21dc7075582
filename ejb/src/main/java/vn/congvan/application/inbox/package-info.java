/**
 * The personal inbox (việc cần xử lý): gathers every {@link vn.congvan.application.workqueue.WorkQueueSource}
 * ({@link vn.congvan.application.inbox.InboxService}), and the department view for heads.
 */
package vn.congvan.application.inbox;
