package vn.congvan.web.rest;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.congvan.application.calendar.CalendarAdminService;
import vn.congvan.application.calendar.CalendarDayCommand;
import vn.congvan.application.calendar.CalendarViews;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.common.Problem;
import vn.congvan.application.common.VietnamTime;

/**
 * The agency's working-day calendar (ADMIN): holidays and make-up working days per year, and loading the
 * Vietnamese public holidays of a year. Its own root {@code admin/calendar}.
 */
@Path("admin/calendar")
@Produces(MediaType.APPLICATION_JSON)
public class CalendarAdminResource {

    @EJB
    private CalendarAdminService calendar;

    /** The year's days ({@code ?year=2026}, default this year) and its working days per month. */
    @GET
    public CalendarViews.YearView year(@QueryParam("year") String year) {
        return calendar.year(year(year, VietnamTime.today().getYear()));
    }

    @POST
    @Path("days")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(CalendarDayCommand command, @Context UriInfo uri) {
        CalendarViews.DayView d = calendar.add(command);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(d.id())).build()).entity(d).build();
    }

    @PUT
    @Path("days/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public CalendarViews.DayView update(@PathParam("id") long id, CalendarDayCommand command) {
        return calendar.update(id, command);
    }

    @DELETE
    @Path("days/{id}")
    public Response delete(@PathParam("id") long id) {
        calendar.delete(id);
        return Response.noContent().build();
    }

    /** Adds the statutory Vietnamese holidays of the year that are not set yet (the administrator then adjusts). */
    @POST
    @Path("years/{year}/vietnamese-holidays")
    public CalendarViews.LoadResult loadHolidays(@PathParam("year") String year) {
        return calendar.loadVietnameseHolidays(year(year, 0));
    }

    static int year(String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new ApplicationProblemException(Problem.BAD_REQUEST, "search.param.notNumber", value);
        }
    }
}
