package vn.congvan.application.workqueue;

import vn.congvan.domain.model.document.DocumentKind;
import vn.congvan.domain.model.incoming.Priority;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One thing a user has to do about one document.
 *
 * @param documentKind incoming or outgoing
 * @param documentId   the document
 * @param task         what to do, a stable code (e.g. {@code DIRECT}, {@code LEAD}, {@code COOPERATE},
 *                     {@code INFORM}, {@code OPINION}, {@code REVIEW}, {@code SIGN}, {@code ISSUE},
 *                     {@code ACCEPT_PACKAGE}); the UI names it in the user's language
 * @param notation     số/ký hiệu, or null for a draft
 * @param title        trích yếu
 * @param priority     độ khẩn (urgent first in every queue)
 * @param deadline     hạn xử lý, or null
 * @param state        the task's state code, for filters
 * @param since        when it reached the user
 * @param link         the page that handles it, relative to the application root (e.g. {@code app/incoming/view.xhtml?id=12})
 */
public record WorkItem(DocumentKind documentKind, long documentId, String task, String notation, String title,
                       Priority priority, LocalDate deadline, String state, Instant since, String link) {
    public WorkItem {
        Objects.requireNonNull(documentKind, "documentKind");
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(priority, "priority");
    }
}
