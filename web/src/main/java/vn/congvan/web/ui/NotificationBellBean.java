package vn.congvan.web.ui;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import vn.congvan.application.notification.NotificationService;
import vn.congvan.application.notification.NotificationView;

/** The bell in the header of every page: the unread count when the page is drawn (the page then polls the API). */
@Named("notificationBell")
@RequestScoped
public class NotificationBellBean {

    @EJB
    private NotificationService notifications;

    private NotificationView.Count count;

    public NotificationView.Count getCount() {
        if (count == null) {
            try {
                count = notifications.count();
            } catch (RuntimeException e) {
                count = new NotificationView.Count(0, 0);
            }
        }
        return count;
    }
}
