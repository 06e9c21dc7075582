package vn.congvan.application.audit;

import vn.congvan.domain.model.audit.ActionEntry;

import java.time.Instant;

/** One step of a document's history as clients see it. */
public record HistoryEntryView(long seq, Instant occurredAt, String action, String username, String userFullName,
                               Long attachmentId, String detail, String hash) {

    static HistoryEntryView of(ActionEntry e, String fullName) {
        return new HistoryEntryView(e.seq(), e.occurredAt(), e.action().name(), e.username(), fullName,
                e.attachmentId(), e.detail(), e.hash());
    }
}
