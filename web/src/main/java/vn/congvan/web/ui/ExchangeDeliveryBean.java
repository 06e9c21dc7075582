package vn.congvan.web.ui;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.inject.Inject;
import org.primefaces.model.file.UploadedFile;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.common.FieldError;
import vn.congvan.application.common.Problem;
import vn.congvan.application.common.Settings;
import vn.congvan.application.exchange.ChangeCommand;
import vn.congvan.domain.model.attachment.ContentStore;
import vn.congvan.domain.model.attachment.ContentTooLargeException;
import vn.congvan.application.exchange.DeliveryService;
import vn.congvan.application.exchange.DeliveryView;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The "Liên thông" section of an outgoing document's page: each external recipient's delivery and status;
 * for the clerk, sending an update (corrected subject) or a replacement (new PDF) to them.
 */
@Named
@ViewScoped
public class ExchangeDeliveryBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    @EJB
    private DeliveryService deliveries;

    @Inject
    private ContentStore contentStore;

    @Inject
    private Settings settings;

    private Long loadedFor;
    private DeliveryView view;
    private String newSubject;
    private String updateReason;
    private String replaceReason;
    private transient UploadedFile replacement;

    public DeliveryView of(long outgoingDocumentId) {
        if (loadedFor == null || loadedFor != outgoingDocumentId) {
            try {
                view = deliveries.deliveries(outgoingDocumentId);
            } catch (ApplicationProblemException e) {
                view = null;
            }
            loadedFor = outgoingDocumentId;
        }
        return view;
    }

    /** "Gửi cập nhật": the corrected subject and the reason (BussinessDocType 2). */
    public void sendUpdate(long outgoingDocumentId) {
        try {
            view = deliveries.sendUpdate(outgoingDocumentId, new ChangeCommand(newSubject, updateReason));
            loadedFor = outgoingDocumentId;
            newSubject = null;
            updateReason = null;
            Ui.info(Ui.text("exchange.change.updateQueued"));
        } catch (ApplicationProblemException e) {
            Ui.show(e, "update-form");
        }
    }

    /** "Gửi văn bản thay thế": the new PDF and the reason (BussinessDocType 3). */
    public void sendReplacement(long outgoingDocumentId) {
        if (replacement == null || replacement.getSize() == 0) {
            Ui.show(ApplicationProblemException.invalid(FieldError.of("file", "validation.file.required")), "replace-form");
            return;
        }
        try (InputStream in = replacement.getInputStream();
             ContentStore.StagedFile staged = contentStore.stage(in, settings.maxUploadBytes())) {
            view = deliveries.sendReplacement(outgoingDocumentId, replaceReason, new vn.congvan.application.registration.UploadedFile(
                    replacement.getFileName(), replacement.getContentType(), staged));
            loadedFor = outgoingDocumentId;
            replaceReason = null;
            Ui.info(Ui.text("exchange.change.replaceQueued"));
        } catch (ContentTooLargeException e) {
            Ui.show(new ApplicationProblemException(Problem.PAYLOAD_TOO_LARGE, "error.payloadTooLarge", List.of(),
                    String.valueOf(settings.maxUploadBytes() / (1024 * 1024))), "replace-form");
        } catch (ApplicationProblemException e) {
            Ui.show(e, "replace-form");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String getNewSubject() { return newSubject; }
    public void setNewSubject(String v) { this.newSubject = v; }
    public String getUpdateReason() { return updateReason; }
    public void setUpdateReason(String v) { this.updateReason = v; }
    public String getReplaceReason() { return replaceReason; }
    public void setReplaceReason(String v) { this.replaceReason = v; }
    public UploadedFile getReplacement() { return replacement; }
    public void setReplacement(UploadedFile v) { this.replacement = v; }

    public String when(Instant at) {
        return at == null ? "" : WHEN.format(at);
    }
}
