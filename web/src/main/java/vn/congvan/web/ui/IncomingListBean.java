package vn.congvan.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.register.RegisterService;
import vn.congvan.application.register.RegisterView;
import vn.congvan.application.registration.IncomingPage;
import vn.congvan.application.registration.IncomingRegistrationService;
import vn.congvan.domain.model.register.RegisterKind;

import java.io.Serializable;
import java.util.List;

/** The incoming register page: pick a register, page through it. */
@Named
@ViewScoped
public class IncomingListBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE_SIZE = 20;

    @EJB
    private RegisterService registers;
    @EJB
    private IncomingRegistrationService registration;

    private List<RegisterView> registerList;
    private Long registerId;
    private int page;
    private IncomingPage current;

    @PostConstruct
    void init() {
        registerList = registers.list(RegisterKind.INCOMING, null);
    }

    public void load() {
        if (registerId == null && !registerList.isEmpty()) {
            registerId = registerList.get(0).id();
        }
        try {
            current = registerId == null ? new IncomingPage(0, 0, PAGE_SIZE, List.of())
                    : registration.list(registerId, page, PAGE_SIZE);
        } catch (ApplicationProblemException e) {
            Ui.show(e, "list");
            current = new IncomingPage(0, 0, PAGE_SIZE, List.of());
        }
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

    public void changeRegister() {
        page = 0;
        load();
    }

    public List<RegisterView> getRegisterList() { return registerList; }
    public Long getRegisterId() { return registerId; }
    public void setRegisterId(Long registerId) { this.registerId = registerId; }
    public IncomingPage getCurrent() { if (current == null) { load(); } return current; }
    public int getPage() { return page; }
    public boolean isHasNext() { return (long) (page + 1) * PAGE_SIZE < getCurrent().total(); }
}
