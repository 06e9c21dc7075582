package vn.congvan.web.rest;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.common.FieldError;
import vn.congvan.application.common.Problem;
import vn.congvan.application.common.Settings;
import vn.congvan.application.drafting.DraftCommands;
import vn.congvan.application.drafting.DraftView;
import vn.congvan.application.drafting.DraftingService;
import vn.congvan.application.registration.AttachmentContent;
import vn.congvan.domain.model.attachment.ContentStore;

import java.nio.file.Files;
import java.util.List;

/**
 * Drafts of outgoing documents (dự thảo) and their workflow: versions, opinions, review (submit, approve,
 * return, forward), approve and sign, issue, recall. Each step answers the draft as it now is, with the
 * {@code actions} the caller may take next.
 */
@Path("drafts")
@Produces(MediaType.APPLICATION_JSON)
public class DraftResource {

    @EJB
    private DraftingService drafting;

    @Inject
    private ContentStore contentStore;

    @Inject
    private Settings settings;

    /** {@code ?box=mine|todo|issue|all}. */
    @GET
    public List<DraftView.Summary> list(@QueryParam("box") @DefaultValue("all") String box) {
        return drafting.list(box);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(DraftCommands.Describe command, @Context UriInfo uri) {
        DraftView view = drafting.create(command);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(view.id())).build()).entity(view).build();
    }

    @GET
    @Path("{id}")
    public DraftView get(@PathParam("id") long id) {
        return drafting.get(id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public DraftView update(@PathParam("id") long id, DraftCommands.Describe command) {
        return drafting.update(id, command);
    }

    /** A new version: multipart, one {@code file} part (DOCX or PDF) and an optional {@code metadata} part {@code {"note": …}}. */
    @POST
    @Path("{id}/versions")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response addVersion(@PathParam("id") long id, @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long contentLength,
                               @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, java.io.InputStream multipart) {
        try (MultipartUploads.Body<DraftCommands.VersionNote> body = MultipartUploads.read(multipart, contentType,
                contentLength, settings.maxUploadBytes(), contentStore, DraftCommands.VersionNote.class)) {
            if (body.files().size() != 1) {
                throw ApplicationProblemException.invalid(FieldError.of("file", "validation.file.required"));
            }
            DraftView view = drafting.addVersion(id, body.files().get(0),
                    body.metadata() == null ? null : body.metadata().note());
            return Response.status(Response.Status.CREATED).entity(view).build();
        }
    }

    @GET
    @Path("{id}/versions/{versionId}/content")
    @Produces(MediaType.WILDCARD)
    public Response content(@PathParam("id") long id, @PathParam("versionId") long versionId) {
        AttachmentContent c = drafting.versionContent(id, versionId);
        StreamingOutput body = out -> Files.copy(c.path(), out);
        return Response.ok(body, c.contentType())
                .header(HttpHeaders.CONTENT_LENGTH, c.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment(c.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @POST
    @Path("{id}/opinions")
    @Consumes(MediaType.APPLICATION_JSON)
    public DraftView askOpinions(@PathParam("id") long id, DraftCommands.AskOpinions command) {
        return drafting.askOpinions(id, command);
    }

    @POST
    @Path("{id}/opinions/{opinionId}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    public DraftView answer(@PathParam("id") long id, @PathParam("opinionId") long opinionId,
                            DraftCommands.Answer command) {
        return drafting.answerOpinion(id, opinionId, command);
    }

    /** Who may review next ({@code ?sameStep=true}: who the current reviewer may forward to). */
    @GET
    @Path("{id}/reviewers")
    public List<DraftView.Candidate> reviewers(@PathParam("id") long id,
                                               @QueryParam("sameStep") @DefaultValue("false") boolean sameStep) {
        return drafting.candidates(id, sameStep);
    }

    @POST
    @Path("{id}/submit")
    @Consumes(MediaType.APPLICATION_JSON)
    public DraftView submit(@PathParam("id") long id, DraftCommands.Review command) {
        return drafting.submit(id, orEmpty(command));
    }

    @POST
    @Path("{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    public DraftView approve(@PathParam("id") long id, DraftCommands.Review command) {
        return drafting.approve(id, orEmpty(command));
    }

    @POST
    @Path("{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    public DraftView returnToAuthor(@PathParam("id") long id, DraftCommands.Return command) {
        return drafting.returnToAuthor(id, required(command));
    }

    @POST
    @Path("{id}/forward")
    @Consumes(MediaType.APPLICATION_JSON)
    public DraftView forward(@PathParam("id") long id, DraftCommands.Forward command) {
        return drafting.forward(id, required(command));
    }

    /** Approve and sign: 200 when signed, 202 when a remote signing service is asked (AWAITING_SIGNATURE). */
    @POST
    @Path("{id}/sign")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response sign(@PathParam("id") long id, DraftCommands.Sign command) {
        DraftView view = drafting.approveAndSign(id, command == null ? new DraftCommands.Sign(null, null, null) : command);
        return Response.status("AWAITING_SIGNATURE".equals(view.status()) ? 202 : 200).entity(view).build();
    }

    @POST
    @Path("{id}/issue")
    @Consumes(MediaType.APPLICATION_JSON)
    public DraftView issue(@PathParam("id") long id, DraftCommands.Issue command) {
        return drafting.issue(id, command == null ? new DraftCommands.Issue(null, null, null, null, null) : command);
    }

    @POST
    @Path("{id}/recall")
    @Consumes(MediaType.APPLICATION_JSON)
    public DraftView recall(@PathParam("id") long id, DraftCommands.Recall command) {
        return drafting.recall(id, required(command));
    }

    private static DraftCommands.Review orEmpty(DraftCommands.Review c) {
        return c == null ? new DraftCommands.Review(null, null) : c;
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new ApplicationProblemException(Problem.BAD_REQUEST, "error.body.missing");
        }
        return body;
    }
}
