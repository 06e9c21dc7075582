package vn.congvan.web.ui;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import vn.congvan.application.common.VietnamTime;
import vn.congvan.application.drafting.DraftView;
import vn.congvan.application.drafting.DraftingService;

import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The drafts list (dự thảo): waiting for me, mine, to issue (clerks), all I may see. */
@Named
@ViewScoped
public class DraftListBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    @EJB
    private DraftingService drafting;

    private String box = "todo";
    private List<DraftView.Summary> drafts;

    public void load() {
        if (box == null || !List.of("todo", "mine", "issue", "all").contains(box)) {
            box = "todo";
        }
        drafts = drafting.list(box);
    }

    public String when(Instant at) {
        return at == null ? "" : WHEN.format(at.atZone(VietnamTime.ZONE));
    }

    public String getBox() { return box; }
    public void setBox(String box) { this.box = box; }
    public List<DraftView.Summary> getDrafts() { return drafts == null ? List.of() : drafts; }
}
