package vn.congvan.application.exchange;

import vn.congvan.domain.model.exchange.OutboxEntry;
import vn.congvan.domain.model.exchange.StatusLogEntry;

import java.time.Instant;
import java.util.List;

/**
 * How an outgoing document travels to the external agencies it was sent to: per recipient the delivery
 * (PENDING, DELIVERED, FAILED, attempts, next attempt, last error), the recipient's latest status
 * (01 … 06, 15, 16) and any recall sent; then every status message received, in order; the updates and
 * replacements sent.
 */
public record DeliveryView(long outgoingDocumentId, String edxmlDocumentId, List<Recipient> recipients,
                           List<StatusEntry> history, List<String> notExchanged, List<Change> changes) {

    /** An update (UPDATE: the corrected subject) or a replacement (REPLACE: the new file) sent to one agency. */
    public record Change(long outboxId, String kind, String organId, String name, String reason, String subject,
                         String fileName, String staffName, Instant createdAt, String state, int attempts,
                         Instant deliveredAt, String lastError) {
        static Change of(OutboxEntry e) {
            return new Change(e.id(), e.kind().name(), e.organId(), e.recipientName(), e.description(), e.subject(),
                    e.fileName(), e.staffName(), e.createdAt(), e.state().name(), e.attempts(), e.deliveredAt(),
                    e.lastError());
        }
    }


    public record Recipient(long outboxId, String organId, String name, String state, int attempts,
                            Instant deliveredAt, Instant nextAttemptAt, String lastError, String status,
                            Instant statusAt, String statusNote, String recallState) {
        static Recipient of(OutboxEntry e, OutboxEntry recall) {
            return new Recipient(e.id(), e.organId(), e.recipientName(), e.state().name(), e.attempts(),
                    e.deliveredAt(), e.state() == OutboxEntry.State.PENDING ? e.nextAttemptAt() : null, e.lastError(),
                    e.recipientStatus(), e.recipientStatusAt(), e.recipientStatusNote(),
                    recall == null ? null : recall.state().name());
        }
    }

    public record StatusEntry(String organId, String statusCode, String description, String staffName, Instant at) {
        static StatusEntry of(StatusLogEntry s) {
            return new StatusEntry(s.organId(), s.statusCode(), s.description(), s.staffName(), s.statusAt());
        }
    }
}
