package vn.congvan.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The REST API under {@code /api}. Authentication: HTTP Basic with the same accounts as the web UI
 * (over HTTPS in production); see docs/api.md.
 */
@ApplicationPath("/api")
public class RestApplication extends Application {
}
