package vn.congvan.web.rest;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.common.Problem;
import vn.congvan.application.drafting.DraftCommands;
import vn.congvan.application.drafting.ReviewChainService;

/** The agency's review chain (quy trình trình duyệt), set by its administrator. */
@Path("admin/review-chains")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewChainResource {

    @EJB
    private ReviewChainService chains;

    @GET
    public ReviewChainService.ChainView get() {
        return chains.get();
    }

    /** {@code {"steps": [{"role": "DEPT_HEAD", "label": "Trưởng phòng"}, {"role": "LEADER", "label": "Lãnh đạo"}]}}. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public ReviewChainService.ChainView set(DraftCommands.Chain command) {
        if (command == null) {
            throw new ApplicationProblemException(Problem.BAD_REQUEST, "error.body.missing");
        }
        return chains.set(command);
    }
}
