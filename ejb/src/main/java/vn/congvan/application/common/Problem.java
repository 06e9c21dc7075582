package vn.congvan.application.common;

/** What went wrong, in terms a client can act on; each kind carries its HTTP status. */
public enum Problem {
    BAD_REQUEST(400),
    UNAUTHENTICATED(401),
    FORBIDDEN(403),
    NOT_FOUND(404),
    METHOD_NOT_ALLOWED(405),
    CONFLICT(409),
    PAYLOAD_TOO_LARGE(413),
    UNSUPPORTED_MEDIA_TYPE(415),
    UNPROCESSABLE(422),
    SERVER_ERROR(500),
    /** An outside service (the SMTP server) refused or failed. */
    BAD_GATEWAY(502),
    /** The server is overloaded: the request waited too long for its turn (search). */
    SERVICE_UNAVAILABLE(503),
    /** An outside service (remote signing, TSA) did not answer in time. */
    GATEWAY_TIMEOUT(504);

    private final int status;

    Problem(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }
}
