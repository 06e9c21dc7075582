package vn.congvan.web.rest;

import jakarta.ejb.EJB;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.common.FieldError;
import vn.congvan.application.routing.DeadlineCheck;
import vn.congvan.application.routing.RoutingViews;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Administration of routing: run the deadline check now ({@code asOf=YYYY-MM-DD}, default today), for the administrator's agency. */
@Path("admin/routing")
@Produces(MediaType.APPLICATION_JSON)
public class RoutingAdminResource {

    @EJB
    private DeadlineCheck deadlineCheck;

    @POST
    @Path("deadline-check")
    public RoutingViews.DeadlineCheckResult deadlineCheck(@QueryParam("asOf") String asOf) {
        return deadlineCheck.runForMyAgency(date("asOf", asOf));
    }

    static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApplicationProblemException.invalid(FieldError.of(field, "calendar.param.notDate", value));
        }
    }
}
