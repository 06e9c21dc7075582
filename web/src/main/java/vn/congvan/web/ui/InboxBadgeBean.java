package vn.congvan.web.ui;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import vn.congvan.application.inbox.InboxService;

/** The number of open items beside "Việc cần xử lý" in the header; computed once per request. */
@Named
@RequestScoped
public class InboxBadgeBean {

    @EJB
    private InboxService service;

    private Integer count;

    public int getCount() {
        if (count == null) {
            try {
                count = service.count();
            } catch (RuntimeException e) {
                count = 0;
            }
        }
        return count;
    }
}
