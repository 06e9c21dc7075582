/**
 * In-process application events (CDI), the meeting points between capabilities that do not call each
 * other: routing and the outgoing workflow fire them; notifications and exchange observe them. Observers
 * that act outside the database (e-mail, a package to another agency) observe
 * {@code during = TransactionPhase.AFTER_SUCCESS}, so nothing leaves for a change that was rolled back;
 * observers that write rows in the same database (the notification inbox, the exchange outbox) observe
 * {@code IN_PROGRESS} so that the row commits, or not, with the change that caused it.
 */
package vn.congvan.application.events;
