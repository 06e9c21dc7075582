package vn.congvan.web.ui;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import vn.congvan.application.audit.AuditService;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.common.VietnamTime;
import vn.congvan.application.outgoing.OutgoingService;
import vn.congvan.application.outgoing.OutgoingView;
import vn.congvan.application.outgoing.WithdrawCommand;

import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** One outgoing document's page: metadata, files, signature report, history, withdraw (thu hồi). */
@Named
@ViewScoped
public class OutgoingViewBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    @EJB
    private OutgoingService outgoing;
    @EJB
    private AuditService audit;

    private Long id;
    private OutgoingView document;
    private String reason;
    private List<DocumentHistoryBean.Row> history;

    public void load() {
        if (id == null) {
            return;
        }
        try {
            document = outgoing.get(id);
            loadHistory();
        } catch (ApplicationProblemException e) {
            Ui.show(e, "doc");
        }
    }

    private void loadHistory() {
        history = audit.outgoingHistory(id).stream().map(h -> new DocumentHistoryBean.Row(h.seq(),
                WHEN.format(h.occurredAt().atZone(VietnamTime.ZONE)), h.action(), h.userFullName(), h.username(),
                h.detail())).toList();
    }

    public void withdraw() {
        try {
            document = outgoing.withdraw(id, new WithdrawCommand(reason));
            loadHistory();
            Ui.info(Ui.text("outgoing.view.withdrawn", document.numberAndNotation()));
        } catch (ApplicationProblemException e) {
            Ui.show(e, "withdraw-form");
        }
    }

    /** The time of withdrawal in Vietnam. */
    public String getWithdrawnAt() {
        return document == null || document.withdrawnAt() == null ? ""
                : WHEN.format(document.withdrawnAt().atZone(VietnamTime.ZONE));
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public OutgoingView getDocument() { return document; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public List<DocumentHistoryBean.Row> getHistory() { return history == null ? List.of() : history; }
}
