package vn.congvan.web.ui;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import vn.congvan.application.audit.AuditService;
import vn.congvan.application.audit.HistoryEntryView;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.common.VietnamTime;

import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The history timeline on a document's page (read after the page's own view has been recorded). */
@Named
@ViewScoped
public class DocumentHistoryBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    @EJB
    private AuditService audit;

    private Long loadedFor;
    private List<Row> rows;

    /** One step as the page shows it: the time in Vietnam, who, what. */
    public record Row(long seq, String when, String action, String who, String username, String detail) implements Serializable {
    }

    public List<Row> entries(long documentId) {
        if (rows == null || loadedFor == null || loadedFor != documentId) {
            try {
                rows = audit.history(documentId).stream().map(DocumentHistoryBean::row).toList();
            } catch (ApplicationProblemException e) {
                rows = List.of();
            }
            loadedFor = documentId;
        }
        return rows;
    }

    static Row row(HistoryEntryView h) {
        return new Row(h.seq(), WHEN.format(h.occurredAt().atZone(VietnamTime.ZONE)), h.action(), h.userFullName(),
                h.username(), h.detail());
    }
}
