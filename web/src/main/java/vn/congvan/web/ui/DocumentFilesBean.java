package vn.congvan.web.ui;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;
import vn.congvan.application.attachment.AttachmentService;
import vn.congvan.application.attachment.DocumentFilesView;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.common.FieldError;
import vn.congvan.application.common.Problem;
import vn.congvan.application.common.Settings;
import vn.congvan.domain.model.attachment.ContentStore;
import vn.congvan.domain.model.attachment.ContentTooLargeException;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The files of a document on its page: each file's versions, uploading a new version or another file,
 * soft delete and restore (clerks and administrators).
 */
@Named
@ViewScoped
public class DocumentFilesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AttachmentService attachments;

    @Inject
    private ContentStore contentStore;

    @Inject
    private Settings settings;

    private Long loadedFor;
    private transient DocumentFilesView files;
    /** The file a new version is for (any version's id); 0: a new file. */
    private Long target;
    private transient UploadedFile upload;

    public DocumentFilesView files(long documentId) {
        if (files == null || loadedFor == null || loadedFor != documentId) {
            try {
                files = attachments.files(documentId);
            } catch (ApplicationProblemException e) {
                files = new DocumentFilesView(documentId, false, List.of(), List.of());
            }
            loadedFor = documentId;
        }
        return files;
    }

    public String upload(long documentId) {
        vn.congvan.application.registration.UploadedFile file = null;
        try {
            if (upload != null && upload.getSize() > 0) {
                try (InputStream in = upload.getInputStream()) {
                    file = new vn.congvan.application.registration.UploadedFile(upload.getFileName(),
                            upload.getContentType(), contentStore.stage(in, settings.maxUploadBytes()));
                }
            }
            if (target == null || target == 0) {
                attachments.add(documentId, file);
                Ui.info(Ui.text("files.added"));
            } else {
                attachments.addVersion(documentId, target, file);
                Ui.info(Ui.text("files.versionAdded"));
            }
            return reload(documentId);
        } catch (ContentTooLargeException e) {
            String mb = String.format(Locale.ROOT, "%.0f", settings.maxUploadBytes() / 1024.0 / 1024.0);
            Ui.show(new ApplicationProblemException(Problem.PAYLOAD_TOO_LARGE, "error.payloadTooLarge",
                    List.of(FieldError.of("file", "error.payloadTooLarge", mb)), mb), "files");
            return null;
        } catch (ApplicationProblemException e) {
            Ui.show(e, "files");
            return null;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            if (file != null) {
                file.staged().close();
            }
        }
    }

    public String delete(long documentId, long attachmentId) {
        try {
            attachments.delete(documentId, attachmentId);
            Ui.info(Ui.text("files.deletedMessage"));
            return reload(documentId);
        } catch (ApplicationProblemException e) {
            Ui.show(e, "files");
            return null;
        }
    }

    public String restore(long documentId, long attachmentId) {
        try {
            attachments.restore(documentId, attachmentId);
            Ui.info(Ui.text("files.restored"));
            return reload(documentId);
        } catch (ApplicationProblemException e) {
            Ui.show(e, "files");
            return null;
        }
    }

    /** A moment as the page shows it: Vietnam time. */
    public String when(java.time.Instant at) {
        return at == null ? "" : java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
                .format(at.atZone(vn.congvan.application.common.VietnamTime.ZONE));
    }

    private static String reload(long documentId) {
        return "/app/incoming/view.xhtml?faces-redirect=true&id=" + documentId;
    }

    public Long getTarget() { return target; }
    public void setTarget(Long v) { target = v; }
    public UploadedFile getUpload() { return upload; }
    public void setUpload(UploadedFile v) { upload = v; }
}
