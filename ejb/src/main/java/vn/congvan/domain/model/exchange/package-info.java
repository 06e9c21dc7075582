/**
 * Exchange with other agencies (edXML, QCVN 102): the agency directory ({@link ExchangePartner}), the
 * agency's signing key ({@link ExchangeKey}), the durable outbox of packages to deliver
 * ({@link OutboxEntry}), the status messages received about our documents ({@link StatusLogEntry}) and the
 * packages received from others ({@link ReceivedPackage}).
 */
package vn.congvan.domain.model.exchange;
