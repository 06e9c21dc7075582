/**
 * The personal inbox (việc cần xử lý): every capability that gives people work (routing of incoming
 * documents, review and signing of drafts, issuing, documents received electronically) contributes its
 * open items through a {@link vn.congvan.application.workqueue.WorkQueueSource}; the inbox gathers them,
 * counts them, and puts urgent ones first.
 */
package vn.congvan.application.workqueue;
