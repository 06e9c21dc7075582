package vn.congvan.web.ui;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.dossier.DossierDocumentCommand;
import vn.congvan.application.dossier.DossierService;
import vn.congvan.application.dossier.DossierView;

import java.io.Serializable;
import java.util.List;

/** "Thêm vào hồ sơ" on a document's page: the dossiers holding it, and the open ones it can be put in. */
@Named
@ViewScoped
public class AddToDossierBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private DossierService dossiers;

    private String loadedFor;
    private transient List<DossierView> holding;
    private transient List<DossierView> candidates;
    private Long dossierId;

    /** @param kind INCOMING or OUTGOING */
    private void load(String kind, long documentId) {
        String key = kind + ":" + documentId;
        if (!key.equals(loadedFor) || holding == null) {
            try {
                holding = dossiers.list(null, kind, documentId);
                List<Long> in = holding.stream().map(DossierView::id).toList();
                candidates = dossiers.list(null, null, null).stream()
                        .filter(d -> d.canChange() && !in.contains(d.id())).toList();
            } catch (ApplicationProblemException e) {
                holding = List.of();
                candidates = List.of();
            }
            loadedFor = key;
        }
    }

    public List<DossierView> holding(String kind, long documentId) {
        load(kind, documentId);
        return holding;
    }

    public List<DossierView> candidates(String kind, long documentId) {
        load(kind, documentId);
        return candidates;
    }

    public String add(String kind, long documentId) {
        try {
            if (dossierId == null) {
                return null;
            }
            DossierView v = dossiers.addDocument(dossierId, new DossierDocumentCommand(kind, documentId));
            Ui.info(Ui.text("dossier.addedTo", v.code()));
            String page = "OUTGOING".equals(kind) ? "/app/outgoing/view.xhtml" : "/app/incoming/view.xhtml";
            return page + "?faces-redirect=true&id=" + documentId;
        } catch (ApplicationProblemException e) {
            Ui.show(e, "toDossier");
            return null;
        }
    }

    public Long getDossierId() { return dossierId; }
    public void setDossierId(Long v) { dossierId = v; }
}
