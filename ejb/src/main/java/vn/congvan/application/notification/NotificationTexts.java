package vn.congvan.application.notification;

import vn.congvan.application.common.Messages;
import vn.congvan.application.events.NotificationKind;
import vn.congvan.domain.model.agency.Clearance;

import java.util.Locale;

/** The sentence a user reads for a notification, in their language, from what was stored. */
public final class NotificationTexts {

    private NotificationTexts() {
    }

    /**
     * "Văn bản đến khẩn vừa được vào sổ: 15/BNV-VP …". A reader not (or no longer) cleared for the
     * document's secrecy level reads "một văn bản mật" instead of its title.
     */
    public static String message(Locale locale, NotificationKind kind, String title, Clearance secrecy,
                                 Clearance readerClearance) {
        return Messages.get(locale, "notification." + kind.name(), shownTitle(locale, title, secrecy, readerClearance));
    }

    static String shownTitle(Locale locale, String title, Clearance secrecy, Clearance readerClearance) {
        Clearance level = secrecy == null ? Clearance.NONE : secrecy;
        return readerClearance != null && readerClearance.covers(level) ? title : Messages.get(locale, "notification.secretTitle");
    }

    /** Whether the reader may read the title and the detail. */
    public static boolean cleared(Clearance secrecy, Clearance readerClearance) {
        return readerClearance != null && readerClearance.covers(secrecy == null ? Clearance.NONE : secrecy);
    }
}
