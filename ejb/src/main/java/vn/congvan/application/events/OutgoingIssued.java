package vn.congvan.application.events;

/**
 * An outgoing document was issued (ban hành): numbered, sealed, in the register. Internal recipients
 * have already received it; exchange builds and queues one edXML package per external recipient.
 *
 * @param agencyId           the issuing agency
 * @param outgoingDocumentId the document
 */
public record OutgoingIssued(long agencyId, long outgoingDocumentId) {
}
