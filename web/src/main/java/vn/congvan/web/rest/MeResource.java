package vn.congvan.web.rest;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.congvan.application.catalogue.CatalogueService;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.common.FieldError;
import vn.congvan.application.common.Problem;
import vn.congvan.application.registration.UploadedFile;
import vn.congvan.application.signature.SignerProfileService;
import vn.congvan.application.signature.SignerProfileView;
import vn.congvan.domain.model.attachment.ContentStore;
import vn.congvan.domain.model.attachment.ContentTooLargeException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The caller: who they are, what they sign with (signature image, signing key), their notifications. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @EJB
    private SignerProfileService profiles;

    @EJB
    private CatalogueService catalogue;

    /** The caller: name, position, agency, department, roles. */
    @GET
    public CatalogueService.CurrentUserView me() {
        return catalogue.me();
    }

    @Inject
    private ContentStore contentStore;

    @EJB
    private vn.congvan.application.admin.UserAdminService userAdmin;

    /** Changes the caller's password: {@code {"oldPassword": "…", "newPassword": "…"}}. */
    @PUT
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changePassword(vn.congvan.application.admin.PasswordCommand command) {
        userAdmin.changeOwnPassword(command);
        return Response.noContent().build();
    }

    @GET
    @Path("signer")
    public SignerProfileView profile() {
        return profiles.profile();
    }

    /** Uploads the handwritten signature image: a PNG with a transparent background, the request body. */
    @PUT
    @Path("signature-image")
    @Consumes({"image/png", MediaType.APPLICATION_OCTET_STREAM})
    public SignerProfileView uploadImage(InputStream body) {
        try (ContentStore.StagedFile staged = contentStore.stage(body, SignerProfileService.MAX_IMAGE_BYTES)) {
            return profiles.uploadSignatureImage(new UploadedFile("signature.png", "image/png", staged));
        } catch (ContentTooLargeException e) {
            throw new ApplicationProblemException(Problem.PAYLOAD_TOO_LARGE, "error.payloadTooLarge", "1");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GET
    @Path("signature-image")
    @Produces("image/png")
    public Response image() {
        return Response.ok(profiles.signatureImage().toFile(), "image/png").header("Cache-Control", "no-store").build();
    }

    /** Registers a PKCS#12 file as the signing key: parts {@code file} and {@code password}. */
    @POST
    @Path("signing-key")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public SignerProfileView registerKey(List<EntityPart> parts) {
        ContentStore.StagedFile staged = null;
        char[] password = null;
        try {
            for (EntityPart part : parts) {
                if ("file".equals(part.getName())) {
                    staged = contentStore.stage(part.getContent(), SignerProfileService.MAX_KEY_BYTES);
                } else if ("password".equals(part.getName())) {
                    password = new String(part.getContent().readAllBytes(), StandardCharsets.UTF_8).toCharArray();
                }
            }
            if (staged == null) {
                throw ApplicationProblemException.invalid(FieldError.of("file", "validation.required"));
            }
            return profiles.registerPkcs12(new UploadedFile("key.p12", "application/x-pkcs12", staged), password);
        } catch (ContentTooLargeException e) {
            throw new ApplicationProblemException(Problem.PAYLOAD_TOO_LARGE, "error.payloadTooLarge", "0.06");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (staged != null) {
                staged.close();
            }
            if (password != null) {
                java.util.Arrays.fill(password, '\0');
            }
        }
    }

    @EJB
    private vn.congvan.application.signature.SigningService signing;

    public record Pkcs11KeyInput(String library, Long slot, String alias, String pin) {
    }

    public record CscKeyInput(Long serviceId, String credentialId, String accessToken) {
    }

    /** A signed PDF and its verification report. */
    public record SignedView(String fileName, String level, String keySource, String signer, String status,
                             List<String> summary, jakarta.json.JsonValue report, String pdfBase64) {
    }

    /** The approved PKCS#11 libraries and remote signing services to choose from. */
    @GET
    @Path("signing-options")
    public vn.congvan.application.signature.SigningOptionsView signingOptions() {
        return profiles.options();
    }

    /** Sets a PKCS#11 slot as the signing key: {library, slot, alias, pin}; the PIN only checks it and is not stored. */
    @POST
    @Path("signing-key/pkcs11")
    @Consumes(MediaType.APPLICATION_JSON)
    public SignerProfileView registerPkcs11(Pkcs11KeyInput in) {
        Pkcs11KeyInput k = in == null ? new Pkcs11KeyInput(null, null, null, null) : in;
        return profiles.registerPkcs11(k.library(), k.slot(), k.alias(), k.pin());
    }

    /** Sets a remote (CSC) credential as the signing key: {serviceId, credentialId, accessToken}; the token is not stored. */
    @POST
    @Path("signing-key/csc")
    @Consumes(MediaType.APPLICATION_JSON)
    public SignerProfileView registerCsc(CscKeyInput in) {
        CscKeyInput k = in == null ? new CscKeyInput(null, null, null) : in;
        return profiles.registerCsc(k.serviceId(), k.credentialId(), k.accessToken());
    }

    /**
     * "Ký thử": signs a sample PDF (or the PDF in part {@code file}) with the caller's key and signature
     * image, verifies it, and returns both. Parts: {@code secret} (PKCS#12 password or PIN),
     * {@code accessToken} (remote services), optional {@code file}.
     */
    @POST
    @Path("test-signature")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public SignedView testSign(List<EntityPart> parts) {
        String secret = null;
        String token = null;
        byte[] pdf = null;
        try {
            for (EntityPart part : parts) {
                switch (part.getName()) {
                    case "secret" -> secret = new String(part.getContent().readAllBytes(), StandardCharsets.UTF_8);
                    case "accessToken" -> token = new String(part.getContent().readAllBytes(), StandardCharsets.UTF_8);
                    case "file" -> {
                        pdf = part.getContent().readNBytes((int) vn.congvan.application.signature.SigningService.MAX_DOCUMENT_BYTES + 1);
                        if (pdf.length == 0) {
                            pdf = null;
                        }
                    }
                    default -> {
                        // ignored
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return view(signing.testSign(pdf, new vn.congvan.application.signature.SigningSecrets(secret, token)));
    }

    // ---- notifications (issue 6) ----

    @EJB
    private vn.congvan.application.notification.NotificationService notifications;

    @jakarta.ws.rs.core.Context
    private jakarta.ws.rs.core.HttpHeaders headers;

    /** The caller's notifications, newest first: {@code ?unread=true} for unread ones only, {@code page}, {@code size} (1–100). */
    @GET
    @Path("notifications")
    public vn.congvan.application.notification.NotificationView.Page notifications(
            @jakarta.ws.rs.QueryParam("unread") String unread, @jakarta.ws.rs.QueryParam("page") String page,
            @jakarta.ws.rs.QueryParam("size") String size) {
        boolean unreadOnly;
        if (unread == null || unread.isBlank()) {
            unreadOnly = false;
        } else if ("true".equalsIgnoreCase(unread.strip()) || "false".equalsIgnoreCase(unread.strip())) {
            unreadOnly = Boolean.parseBoolean(unread.strip().toLowerCase(java.util.Locale.ROOT));
        } else {
            throw ApplicationProblemException.invalid(FieldError.of("unread", "validation.pattern"));
        }
        return notifications.list(unreadOnly, intParam("page", page, 0), intParam("size", size, 20), Problems.locale(headers));
    }

    /** How many are unread (and of them urgent): for the bell. */
    @GET
    @Path("notifications/count")
    public vn.congvan.application.notification.NotificationView.Count notificationCount() {
        return notifications.count();
    }

    @POST
    @Path("notifications/{id}/read")
    public vn.congvan.application.notification.NotificationView markRead(@jakarta.ws.rs.PathParam("id") long id) {
        return notifications.markRead(id, Problems.locale(headers));
    }

    public record Marked(int marked) {
    }

    @POST
    @Path("notifications/read-all")
    public Marked markAllRead() {
        return new Marked(notifications.markAllRead());
    }

    @GET
    @Path("notification-preferences")
    public vn.congvan.application.notification.NotificationPreferences notificationPreferences() {
        return notifications.preferences();
    }

    /** {@code {"emailEnabled": false, "language": "en"}}; a field left out keeps its value. */
    @PUT
    @Path("notification-preferences")
    @Consumes(MediaType.APPLICATION_JSON)
    public vn.congvan.application.notification.NotificationPreferences updateNotificationPreferences(
            vn.congvan.application.notification.NotificationPreferences command) {
        return notifications.updatePreferences(command);
    }

    static int intParam(String name, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new ApplicationProblemException(Problem.BAD_REQUEST, "search.param.notNumber", value);
        }
    }

    static SignedView view(vn.congvan.application.signature.SignedDocument d) {
        jakarta.json.JsonValue report;
        try (jakarta.json.JsonReader r = jakarta.json.Json.createReader(new java.io.StringReader(d.reportJson()))) {
            report = r.readValue();
        }
        return new SignedView(d.fileName(), d.level(), d.keySource(), d.signer(), d.status(), d.summary(), report,
                java.util.Base64.getEncoder().encodeToString(d.pdf()));
    }
}
