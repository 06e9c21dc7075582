package vn.congvan.web.rest;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.congvan.application.calendar.CalendarAdminService;
import vn.congvan.application.calendar.CalendarViews;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.common.FieldError;
import vn.congvan.application.common.Problem;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The working-day calendar for everyone: which day is N working days after another (default deadlines). */
@Path("calendar")
@Produces(MediaType.APPLICATION_JSON)
public class CalendarResource {

    @EJB
    private CalendarAdminService calendar;

    /** {@code ?from=2026-02-13&days=5}: the day 5 working days after 13/2/2026 in the caller's agency. */
    @GET
    @Path("working-days")
    public CalendarViews.WorkingDaysView workingDays(@QueryParam("from") String from, @QueryParam("days") String days) {
        if (from == null || from.isBlank()) {
            throw ApplicationProblemException.invalid(FieldError.of("from", "validation.required"));
        }
        if (days == null || days.isBlank()) {
            throw ApplicationProblemException.invalid(FieldError.of("days", "validation.required"));
        }
        LocalDate start;
        try {
            start = LocalDate.parse(from.strip());
        } catch (DateTimeParseException e) {
            throw new ApplicationProblemException(Problem.BAD_REQUEST, "calendar.param.notDate", from);
        }
        return calendar.workingDays(start, MeResource.intParam("days", days, 0));
    }
}
