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
import vn.congvan.application.audit.AuditService;
import vn.congvan.application.audit.HistoryEntryView;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.common.FieldError;
import vn.congvan.application.common.Problem;
import vn.congvan.application.common.Settings;
import vn.congvan.application.outgoing.NotationPreview;
import vn.congvan.application.outgoing.OutgoingPage;
import vn.congvan.application.outgoing.OutgoingService;
import vn.congvan.application.outgoing.OutgoingView;
import vn.congvan.application.outgoing.RegisterOutgoingCommand;
import vn.congvan.application.outgoing.WithdrawCommand;
import vn.congvan.application.registration.AttachmentContent;
import vn.congvan.domain.model.attachment.ContentStore;

import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * Outgoing documents (văn bản đi). Issuing one is {@code multipart/form-data}: a {@code metadata} part
 * (JSON, the fields of {@link RegisterOutgoingCommand}) and one or more {@code file} parts (PDF, usually signed).
 */
@Path("outgoing")
@Produces(MediaType.APPLICATION_JSON)
public class OutgoingResource {


    @EJB
    private OutgoingService outgoing;

    @EJB
    private AuditService audit;

    @Inject
    private ContentStore contentStore;

    @Inject
    private Settings settings;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response register(@HeaderParam(HttpHeaders.CONTENT_LENGTH) Long contentLength,
                             @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, java.io.InputStream multipart,
                             @Context UriInfo uri) {
        try (MultipartUploads.Body<RegisterOutgoingCommand> body = MultipartUploads.read(multipart, contentType,
                contentLength, settings.maxUploadBytes(), contentStore, RegisterOutgoingCommand.class)) {
            if (body.metadata() == null) {
                throw new ApplicationProblemException(Problem.BAD_REQUEST, "error.multipart");
            }
            OutgoingView view = outgoing.register(body.metadata(), body.files());
            return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(view.id())).build())
                    .entity(view).build();
        }
    }

    /** The outgoing register, newest first: {@code ?registerId=&q=&status=ISSUED|WITHDRAWN&from=&to=&page=&size=}. */
    @GET
    public OutgoingPage list(@QueryParam("registerId") Long registerId, @QueryParam("q") String q,
                             @QueryParam("status") String status, @QueryParam("from") String from,
                             @QueryParam("to") String to,
                             @QueryParam("page") @DefaultValue("0") int page,
                             @QueryParam("size") @DefaultValue("50") int size) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate first = date("from", from, errors);
        LocalDate last = date("to", to, errors);
        if (!errors.isEmpty()) {
            throw ApplicationProblemException.invalid(errors);
        }
        return outgoing.list(registerId, q, status, first, last, page, size);
    }

    /** The "số, ký hiệu" the next document would get: {@code ?registerId=&documentType=&draftingDepartmentId=}. */
    @GET
    @Path("notation-preview")
    public NotationPreview preview(@QueryParam("registerId") Long registerId,
                                   @QueryParam("documentType") String documentType,
                                   @QueryParam("draftingDepartmentId") Long draftingDepartmentId) {
        return outgoing.preview(registerId, documentType, draftingDepartmentId);
    }

    @GET
    @Path("{id}")
    public OutgoingView get(@PathParam("id") long id) {
        return outgoing.get(id);
    }

    /** Thu hồi: {@code {"reason": "…"}}; the document keeps its number. */
    @POST
    @Path("{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    public OutgoingView withdraw(@PathParam("id") long id, WithdrawCommand command) {
        return outgoing.withdraw(id, command);
    }

    @GET
    @Path("{id}/history")
    public List<HistoryEntryView> history(@PathParam("id") long id) {
        return audit.outgoingHistory(id);
    }

    @GET
    @Path("{id}/attachments/{attachmentId}/content")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        AttachmentContent c = outgoing.attachment(id, attachmentId);
        StreamingOutput body = out -> Files.copy(c.path(), out);
        return Response.ok(body, c.contentType())
                .header(HttpHeaders.CONTENT_LENGTH, c.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment(c.fileName()))
                .header("Digest", "sha-256=" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(c.sha256())))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @GET
    @Path("{id}/attachments/{attachmentId}/signature-report")
    public Response signatureReport(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        return Response.ok(outgoing.signatureReport(id, attachmentId), MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static LocalDate date(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(FieldError.of(field, "print.date.invalid", value));
            return null;
        }
    }
}
