package vn.congvan.web.rest;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.common.FieldError;
import vn.congvan.application.exchange.AcceptCommand;
import vn.congvan.application.exchange.ChangeCommand;
import vn.congvan.application.common.Settings;
import vn.congvan.domain.model.attachment.ContentStore;
import vn.congvan.application.exchange.DeliveryService;
import vn.congvan.application.exchange.DeliveryView;
import vn.congvan.application.exchange.ReceivedService;
import vn.congvan.application.exchange.ReceivedView;
import vn.congvan.application.exchange.RefuseCommand;
import vn.congvan.application.registration.AttachmentContent;
import vn.congvan.application.registration.IncomingView;

import java.nio.file.Files;
import java.util.List;

/**
 * Exchange for staff: the clerk's queue of packages received electronically (accept, refuse, download
 * an attachment) and where an outgoing document's packages are.
 */
@Path("exchange")
@Produces(MediaType.APPLICATION_JSON)
public class ExchangeResource {

    @EJB
    private ReceivedService received;

    @EJB
    private DeliveryService deliveries;

    @Inject
    private ContentStore contentStore;

    @Inject
    private Settings settings;

    /** {@code ?state=RECEIVED|ACCEPTED|REFUSED|RECALLED}, all when absent. */
    @GET
    @Path("received")
    public List<ReceivedView> list(@QueryParam("state") String state) {
        return received.list(state);
    }

    @GET
    @Path("received/{id}")
    public ReceivedView get(@PathParam("id") long id) {
        return received.get(id);
    }

    @GET
    @Path("received/{id}/files/{index}/content")
    @Produces(MediaType.WILDCARD)
    public Response file(@PathParam("id") long id, @PathParam("index") int index) {
        AttachmentContent c = received.file(id, index);
        StreamingOutput body = out -> Files.copy(c.path(), out);
        return Response.ok(body, c.contentType())
                .header(HttpHeaders.CONTENT_LENGTH, c.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment(c.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @POST
    @Path("received/{id}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    public IncomingView accept(@PathParam("id") long id, AcceptCommand command) {
        return received.accept(id, command);
    }

    @POST
    @Path("received/{id}/refuse")
    @Consumes(MediaType.APPLICATION_JSON)
    public ReceivedView refuse(@PathParam("id") long id, RefuseCommand command) {
        return received.refuse(id, command);
    }

    /** The package an incoming document was registered from (204 when it did not come by edXML). */
    @GET
    @Path("incoming/{id}")
    public Response ofIncoming(@PathParam("id") long id) {
        ReceivedView v = received.ofIncoming(id);
        return v == null ? Response.noContent().build() : Response.ok(v).build();
    }

    @GET
    @Path("outgoing/{id}")
    public DeliveryView deliveries(@PathParam("id") long id) {
        return deliveries.deliveries(id);
    }

    /** An update (BussinessDocType 2) to every agency the document was sent to: {@code {"subject", "reason"}}. */
    @POST
    @Path("outgoing/{id}/update")
    @Consumes(MediaType.APPLICATION_JSON)
    public DeliveryView update(@PathParam("id") long id, ChangeCommand command) {
        return deliveries.sendUpdate(id, command);
    }

    /**
     * A replacement (BussinessDocType 3): multipart, one {@code file} part (the new PDF) and a {@code metadata}
     * part {@code {"reason": …}}.
     */
    @POST
    @Path("outgoing/{id}/replace")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public DeliveryView replace(@PathParam("id") long id, @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long contentLength,
                                @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, java.io.InputStream multipart) {
        try (MultipartUploads.Body<ChangeCommand> body = MultipartUploads.read(multipart, contentType,
                contentLength, settings.maxUploadBytes(), contentStore, ChangeCommand.class)) {
            if (body.files().size() != 1) {
                throw ApplicationProblemException.invalid(FieldError.of("file", "validation.file.required"));
            }
            return deliveries.sendReplacement(id, body.metadata() == null ? null : body.metadata().reason(),
                    body.files().get(0));
        }
    }
}
