package vn.congvan.application.exchange;

import vn.congvan.domain.model.exchange.OutboxEntry;

import java.time.Instant;

/** A row of the exchange outbox, for the administrator. */
public record OutboxView(long id, String kind, String organId, String recipientName, String edxmlDocumentId,
                         Long outgoingDocumentId, String statusCode, String state, int attempts, Instant nextAttemptAt,
                         String lastError, Instant createdAt, Instant deliveredAt) {
    static OutboxView of(OutboxEntry e) {
        return new OutboxView(e.id(), e.kind().name(), e.organId(), e.recipientName(), e.edxmlDocumentId(),
                e.outgoingDocumentId(), e.statusCode(), e.state().name(), e.attempts(), e.nextAttemptAt(), e.lastError(),
                e.createdAt(), e.deliveredAt());
    }
}
