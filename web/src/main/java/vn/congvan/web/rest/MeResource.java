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

/** The caller: who they are, and what they sign with (signature image, signing key). */
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
}
