package vn.congvan.web.ui;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.inbox.InboxService;
import vn.congvan.application.inbox.InboxViews;

import java.io.Serializable;

/** The personal inbox page (việc cần xử lý) with its filters, and the department view for heads. */
@Named
@ViewScoped
public class InboxBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private InboxService service;

    private String task;
    private String due;
    private String q;
    private InboxViews.Inbox inbox;
    private InboxViews.DepartmentInbox department;

    public InboxViews.Inbox getInbox() {
        if (inbox == null) {
            try {
                inbox = service.inbox(blank(task), null, blank(due), blank(q));
            } catch (ApplicationProblemException e) {
                Ui.show(e, "filters");
                inbox = service.inbox(null, null, null, null);
            }
        }
        return inbox;
    }

    public InboxViews.DepartmentInbox getDepartment() {
        if (department == null) {
            department = service.department();
        }
        return department;
    }

    public void filter() {
        inbox = null;
    }

    public void clear() {
        task = null;
        due = null;
        q = null;
        inbox = null;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public String getTask() { return task; }
    public void setTask(String task) { this.task = task; }
    public String getDue() { return due; }
    public void setDue(String due) { this.due = due; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
}
