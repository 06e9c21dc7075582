package vn.congvan.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.outgoing.OutgoingPage;
import vn.congvan.application.outgoing.OutgoingService;
import vn.congvan.application.register.RegisterService;
import vn.congvan.application.register.RegisterView;
import vn.congvan.domain.model.register.RegisterKind;

import java.io.Serializable;
import java.util.List;

/** The outgoing register page (sổ văn bản đi): pick a register, filter, page through it. */
@Named
@ViewScoped
public class OutgoingListBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE_SIZE = 20;

    @EJB
    private RegisterService registers;
    @EJB
    private OutgoingService outgoing;

    private List<RegisterView> registerList;
    private Long registerId;
    private String q;
    private String status;
    private int page;
    private OutgoingPage current;

    @PostConstruct
    void init() {
        registerList = registers.list(RegisterKind.OUTGOING, null);
    }

    public void load() {
        if (registerId == null && !registerList.isEmpty()) {
            registerId = registerList.stream().filter(r -> r.code().equals("CHUNG")).map(RegisterView::id).findFirst()
                    .orElse(registerList.get(0).id());
        }
        try {
            current = registerId == null ? new OutgoingPage(0, 0, PAGE_SIZE, List.of())
                    : outgoing.list(registerId, q, status, null, null, page, PAGE_SIZE);
        } catch (ApplicationProblemException e) {
            Ui.show(e, "list");
            current = new OutgoingPage(0, 0, PAGE_SIZE, List.of());
        }
    }

    public void search() {
        page = 0;
        load();
    }

    public void next() {
        if ((long) (page + 1) * PAGE_SIZE < current.total()) {
            page++;
            load();
        }
    }

    public void previous() {
        if (page > 0) {
            page--;
            load();
        }
    }

    public List<RegisterView> getRegisterList() { return registerList; }
    public Long getRegisterId() { return registerId; }
    public void setRegisterId(Long registerId) { this.registerId = registerId; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public OutgoingPage getCurrent() { if (current == null) { load(); } return current; }
    public int getPage() { return page; }
    public boolean isHasNext() { return (long) (page + 1) * PAGE_SIZE < getCurrent().total(); }
}
