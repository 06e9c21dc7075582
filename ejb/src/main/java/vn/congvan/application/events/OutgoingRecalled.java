package vn.congvan.application.events;

/**
 * An issued outgoing document was recalled (thu hồi). Internal copies are frozen by the service that
 * recalls; exchange sends a recall (edXML BussinessDocType 1) to every external recipient.
 *
 * @param agencyId           the issuing agency
 * @param outgoingDocumentId the document
 * @param reason             why
 */
public record OutgoingRecalled(long agencyId, long outgoingDocumentId, String reason) {
}
