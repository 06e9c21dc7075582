package vn.congvan.domain.model.routing;

/**
 * Where an incoming document is in its handling. A document that was never presented has no routing.
 * PRESENTED → DIRECTED → IN_PROGRESS → DONE; when the lead part is returned, the document goes back to
 * PRESENTED (to the leader who directed it) for a new direction.
 */
public enum RoutingState {
    /** Trình: waiting for the leader's direction. */
    PRESENTED,
    /** Đã bút phê: parts assigned, no progress yet (edXML status 04). */
    DIRECTED,
    /** Đang xử lý: progress recorded (edXML status 05). */
    IN_PROGRESS,
    /** Hoàn thành: the lead part is done (edXML status 06). */
    DONE
}
