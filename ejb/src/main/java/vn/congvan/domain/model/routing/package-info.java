/**
 * Routing of incoming documents (ND30 Điều 23–24): the presentation to a leader and the leader's direction
 * ({@link vn.congvan.domain.model.routing.Routing}, one per document, with its {@link
 * vn.congvan.domain.model.routing.RoutingState}) and the parts of the handling given to people and
 * departments ({@link vn.congvan.domain.model.routing.Assignment}, each with its {@link
 * vn.congvan.domain.model.routing.AssignmentState}). The entities refuse illegal steps with a {@link
 * vn.congvan.domain.model.routing.IllegalRoutingStep}; who may take a step is decided by the application service.
 */
package vn.congvan.domain.model.routing;
