package vn.congvan.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.notification.NotificationService;
import vn.congvan.application.notification.NotificationView;

import java.io.IOException;
import java.io.Serializable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** "Thông báo": the user's notifications, all or unread, page by page; open, mark read, mark all read. */
@Named
@ViewScoped
public class NotificationsBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SIZE = 20;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    @EJB
    private NotificationService notifications;

    private boolean unreadOnly;
    private int page;
    private NotificationView.Page current;

    @PostConstruct
    void init() {
        load();
    }

    private void load() {
        current = notifications.list(unreadOnly, page, SIZE, Ui.locale());
        if (current.items().isEmpty() && page > 0) {
            page = 0;
            current = notifications.list(unreadOnly, page, SIZE, Ui.locale());
        }
    }

    public void showUnread(boolean unread) {
        unreadOnly = unread;
        page = 0;
        load();
    }

    public void next() {
        if ((long) (page + 1) * SIZE < current.total()) {
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

    public void markRead(NotificationView n) {
        try {
            notifications.markRead(n.id(), Ui.locale());
        } catch (ApplicationProblemException e) {
            Ui.show(e, "list");
        }
        load();
    }

    public void markAllRead() {
        int n = notifications.markAllRead();
        Ui.info(Ui.text("notifications.markedAll", n));
        load();
    }

    /** Marks it read and opens the document. */
    public void open(NotificationView n) throws IOException {
        try {
            notifications.markRead(n.id(), Ui.locale());
        } catch (ApplicationProblemException e) {
            Ui.show(e, "list");
            return;
        }
        ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
        ext.redirect(ext.getRequestContextPath() + "/" + n.link());
    }

    public String when(NotificationView n) {
        return WHEN.format(n.createdAt());
    }

    public NotificationView.Page getCurrent() { return current; }
    public boolean isUnreadOnly() { return unreadOnly; }
    public int getPage() { return page; }
    public boolean isHasNext() { return (long) (page + 1) * SIZE < current.total(); }
    public boolean isHasPrevious() { return page > 0; }
}
