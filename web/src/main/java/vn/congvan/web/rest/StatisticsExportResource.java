package vn.congvan.web.rest;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.congvan.application.statistics.StatisticsService;
import vn.congvan.application.statistics.StatisticsViews;
import vn.congvan.infrastructure.reporting.StatisticsXlsx;

/**
 * The statistics of {@link StatisticsResource} as a spreadsheet: {@code GET statistics.xlsx?from=&to=&groupBy=}.
 */
@Path("statistics.xlsx")
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsExportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @EJB
    private StatisticsService statistics;

    @GET
    @Produces(XLSX)
    public Response xlsx(@QueryParam("from") String from, @QueryParam("to") String to,
                         @QueryParam("groupBy") String groupBy) {
        StatisticsViews.Report report = statistics.report(RoutingAdminResource.date("from", from),
                RoutingAdminResource.date("to", to), groupBy);
        return Response.ok(StatisticsXlsx.render(report), XLSX)
                .header("Content-Disposition", ContentDisposition.attachment("thong-ke-" + report.from() + "-" + report.to() + ".xlsx"))
                .build();
    }
}
