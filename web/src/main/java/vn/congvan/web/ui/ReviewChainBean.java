package vn.congvan.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.drafting.DraftCommands;
import vn.congvan.application.drafting.ReviewChainService;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The administrator's page of the agency's review chain (quy trình trình duyệt). */
@Named
@ViewScoped
public class ReviewChainBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ReviewChainService chains;

    /** An editable step. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private String role;
        private String label;

        Row(String role, String label) {
            this.role = role;
            this.label = label;
        }

        public String getRole() { return role; }
        public void setRole(String v) { role = v; }
        public String getLabel() { return label; }
        public void setLabel(String v) { label = v; }
    }

    private List<Row> rows = new ArrayList<>();
    private boolean isDefault;

    @PostConstruct
    void init() {
        show(chains.get());
    }

    private void show(ReviewChainService.ChainView v) {
        rows = new ArrayList<>(v.steps().stream().map(s -> new Row(s.role(), s.label())).toList());
        isDefault = v.isDefault();
    }

    public void add() {
        rows.add(rows.size() - (rows.isEmpty() ? 0 : 1), new Row("DEPT_HEAD", ""));
    }

    public void remove(int index) {
        if (index >= 0 && index < rows.size()) {
            rows.remove(index);
        }
    }

    public void save() {
        try {
            show(chains.set(new DraftCommands.Chain(rows.stream()
                    .map(r -> new DraftCommands.Step(r.getRole(), r.getLabel())).toList())));
            Ui.info(Ui.text("reviewChain.saved"));
        } catch (ApplicationProblemException e) {
            Ui.show(e, "chain");
        }
    }

    public List<Row> getRows() { return rows; }
    public boolean isDefault() { return isDefault; }
    public boolean getIsDefault() { return isDefault; }
}
