/**
 * Routing of incoming documents (issue 6): presenting to a leader, the leader's direction, re-assignment
 * inside a department, progress, extensions, replies, returns and results ({@link
 * vn.congvan.application.routing.RoutingService}); who may see a document that was handed to them ({@link
 * vn.congvan.application.routing.IncomingVisibility}); the routing share of the personal inbox ({@link
 * vn.congvan.application.routing.RoutingWorkQueue}); the deadline check on a schedule ({@link
 * vn.congvan.application.routing.DeadlineCheck}).
 */
package vn.congvan.application.routing;
