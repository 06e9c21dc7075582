package vn.congvan.web.ui;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import vn.congvan.application.audit.AuditService;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.dossier.DossierService;
import vn.congvan.application.dossier.DossierView;

import java.io.Serializable;
import java.util.List;

/** One dossier's page: its metadata and documents; take a document out, close, reopen (administrators). */
@Named
@ViewScoped
public class DossierViewBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private DossierService dossiers;

    @EJB
    private AuditService audit;

    private Long id;
    private transient DossierView dossier;
    private transient List<DocumentHistoryBean.Row> history;

    public void load() {
        if (id == null) {
            return;
        }
        try {
            dossier = dossiers.get(id);
            history = audit.dossierHistory(id).stream().map(DocumentHistoryBean::row).toList();
        } catch (ApplicationProblemException e) {
            Ui.show(e, "dossier");
        }
    }

    public String remove(String kind, long documentId) {
        return act(() -> dossiers.removeDocument(id, kind, documentId), "dossier.removed");
    }

    public String close() {
        return act(() -> dossiers.close(id), "dossier.closedMessage");
    }

    public String reopen() {
        return act(() -> dossiers.reopen(id), "dossier.reopened");
    }

    private String act(Runnable action, String doneKey) {
        try {
            action.run();
            Ui.info(Ui.text(doneKey));
            return "/app/dossiers/view.xhtml?faces-redirect=true&id=" + id;
        } catch (ApplicationProblemException e) {
            Ui.show(e, "dossier");
            load();
            return null;
        }
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public DossierView getDossier() { return dossier; }
    public List<DocumentHistoryBean.Row> getHistory() { return history == null ? List.of() : history; }
}
