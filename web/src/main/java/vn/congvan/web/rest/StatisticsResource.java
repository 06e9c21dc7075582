package vn.congvan.web.rest;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.congvan.application.statistics.StatisticsService;
import vn.congvan.application.statistics.StatisticsViews;

/**
 * Statistics of the handling of incoming documents: {@code GET statistics?from=&to=&groupBy=department|person}
 * (JSON); the same as a spreadsheet is {@link StatisticsExportResource}.
 */
@Path("statistics")
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {

    @EJB
    private StatisticsService statistics;

    @GET
    public StatisticsViews.Report report(@QueryParam("from") String from, @QueryParam("to") String to,
                                         @QueryParam("groupBy") String groupBy) {
        return statistics.report(RoutingAdminResource.date("from", from), RoutingAdminResource.date("to", to), groupBy);
    }
}
