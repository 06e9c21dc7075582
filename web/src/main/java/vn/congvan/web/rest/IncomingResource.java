package vn.congvan.web.rest;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import vn.congvan.application.attachment.AttachmentService;
import vn.congvan.application.attachment.DocumentFilesView;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.common.Problem;
import vn.congvan.application.common.Settings;
import vn.congvan.application.registration.AttachmentContent;
import vn.congvan.application.registration.IncomingPage;
import vn.congvan.application.registration.IncomingRegistrationService;
import vn.congvan.application.registration.IncomingView;
import vn.congvan.application.registration.RegisterIncomingCommand;
import vn.congvan.application.registration.UploadedFile;
import vn.congvan.domain.model.attachment.ContentStore;

import java.nio.file.Files;
import java.util.List;

/**
 * Incoming documents. Registration is {@code multipart/form-data}: a {@code metadata} part (JSON,
 * the fields of {@link RegisterIncomingCommand}) and one or more {@code file} parts (PDF).
 */
@Path("incoming")
@Produces(MediaType.APPLICATION_JSON)
public class IncomingResource {

    /** Room for the metadata part and the multipart framing on top of the files. */

    /** Thread-safe; creating one per request is costly. */

    @EJB
    private IncomingRegistrationService registration;

    @EJB
    private AttachmentService attachments;

    @Inject
    private ContentStore contentStore;

    @Inject
    private Settings settings;

    @Context
    private HttpHeaders headers;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response register(@HeaderParam(HttpHeaders.CONTENT_LENGTH) Long contentLength,
                             @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, java.io.InputStream multipart,
                             @Context UriInfo uri) {
        // read as a stream: the file goes straight into its staging file (docs/bench/registration.md)
        try (MultipartUploads.Body<RegisterIncomingCommand> body = MultipartUploads.read(multipart, contentType,
                contentLength, settings.maxUploadBytes(), contentStore, RegisterIncomingCommand.class)) {
            if (body.metadata() == null) {
                throw new ApplicationProblemException(Problem.BAD_REQUEST, "error.multipart");
            }
            IncomingView view = registration.register(body.metadata(), body.files());
            return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(view.id())).build())
                    .entity(view).build();
        }
    }

    @GET
    public IncomingPage list(@QueryParam("registerId") Long registerId,
                             @QueryParam("page") @DefaultValue("0") int page,
                             @QueryParam("size") @DefaultValue("50") int size) {
        return registration.list(registerId, page, size);
    }

    @GET
    @Path("{id}")
    public IncomingView get(@PathParam("id") long id) {
        return registration.get(id);
    }

    @GET
    @Path("{id}/attachments/{attachmentId}/content")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        AttachmentContent c = registration.attachment(id, attachmentId);
        StreamingOutput body = out -> Files.copy(c.path(), out);
        return Response.ok(body, c.contentType())
                .header(HttpHeaders.CONTENT_LENGTH, c.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment(c.fileName()))
                .header("Digest", "sha-256=" + java.util.Base64.getEncoder()
                        .encodeToString(java.util.HexFormat.of().parseHex(c.sha256())))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    /** What the verification of a signed attachment found on receipt (the signing module's JSON report). */
    @GET
    @Path("{id}/attachments/{attachmentId}/signature-report")
    public Response signatureReport(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        return Response.ok(registration.signatureReport(id, attachmentId), MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** The document's files: each current version with its versions; deleted files for clerks and administrators. */
    @GET
    @Path("{id}/attachments")
    public DocumentFilesView files(@PathParam("id") long id) {
        return attachments.files(id);
    }

    /** Attaches one more PDF ({@code multipart/form-data}, one {@code file} part). */
    @POST
    @Path("{id}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response addAttachment(@PathParam("id") long id, @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long contentLength,
                                  @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, java.io.InputStream multipart,
                                  @Context UriInfo uri) {
        return withOneFile(contentLength, contentType, multipart, file -> {
            IncomingView.AttachmentView a = attachments.add(id, file);
            return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(a.id())).path("content").build())
                    .entity(a).build();
        });
    }

    /** Every version of a file, newest first. */
    @GET
    @Path("{id}/attachments/{attachmentId}/versions")
    public List<DocumentFilesView.VersionView> versions(@PathParam("id") long id,
                                                        @PathParam("attachmentId") long attachmentId) {
        return attachments.versions(id, attachmentId);
    }

    /** Uploads a new version of a file; the old versions stay as they are. */
    @POST
    @Path("{id}/attachments/{attachmentId}/versions")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response addVersion(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId,
                               @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long contentLength,
                               @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, java.io.InputStream multipart,
                               @Context UriInfo uri) {
        return withOneFile(contentLength, contentType, multipart, file -> {
            IncomingView.AttachmentView a = attachments.addVersion(id, attachmentId, file);
            return Response.created(uri.getBaseUriBuilder().path("incoming").path(String.valueOf(id))
                    .path("attachments").path(String.valueOf(a.id())).path("content").build()).entity(a).build();
        });
    }

    /** Soft delete: the file (every version) is hidden, kept, and can be restored. */
    @jakarta.ws.rs.DELETE
    @Path("{id}/attachments/{attachmentId}")
    public Response deleteAttachment(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        attachments.delete(id, attachmentId);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/attachments/{attachmentId}/restore")
    public IncomingView.AttachmentView restoreAttachment(@PathParam("id") long id,
                                                         @PathParam("attachmentId") long attachmentId) {
        return attachments.restore(id, attachmentId);
    }

    private Response withOneFile(Long contentLength, String contentType, java.io.InputStream multipart,
                                 java.util.function.Function<UploadedFile, Response> action) {
        try (MultipartUploads.Body<Void> body = MultipartUploads.read(multipart, contentType, contentLength,
                settings.maxUploadBytes(), contentStore, null)) {
            if (body.files().size() > 1) {
                throw new ApplicationProblemException(Problem.BAD_REQUEST, "error.multipart.oneFile");
            }
            return action.apply(body.files().isEmpty() ? null : body.files().get(0));
        }
    }
}
