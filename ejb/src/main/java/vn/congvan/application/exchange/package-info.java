/**
 * Exchanging documents with other agencies by edXML (QCVN 102:2016): the agency directory, sending
 * (a durable outbox filled when an outgoing document is issued or recalled, delivered by
 * {@link vn.congvan.application.exchange.ExchangeWorker} through an {@link vn.congvan.application.exchange.ExchangeTransport}),
 * receiving ({@link vn.congvan.application.exchange.ExchangeInbox}: verify, recognise duplicates, queue for
 * the clerk), the clerk's accept/refuse ({@link vn.congvan.application.exchange.ReceivedService}) and the
 * status messages both ways.
 */
package vn.congvan.application.exchange;
