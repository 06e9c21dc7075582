package vn.congvan.application.notification;

import vn.congvan.application.common.Messages;
import vn.congvan.application.events.NotificationKind;
import vn.congvan.domain.model.agency.Clearance;

import java.util.List;
import java.util.Locale;

/**
 * The e-mail for a notification: plain text, in the recipient's language, with the link to the document
 * and never a file. For a secret document (Mật, Tối mật, Tuyệt mật) it says only "Bạn có văn bản mật cần
 * xử lý" and the link: no trích yếu, no số/ký hiệu, no comment, no name.
 */
public final class MailComposer {

    /** Subjects are kept short (mail clients cut them anyway). */
    public static final int MAX_SUBJECT = 250;

    /** A subject and a body without the footer (added when sent, once per message, digest or not). */
    public record MailContent(String subject, String body) {
    }

    private MailComposer() {
    }

    public static MailContent notification(Locale locale, NotificationKind kind, String title, String detail,
                                           String actorName, Clearance secrecy, boolean urgent, String documentUrl) {
        String prefix = Messages.get(locale, "mail.subject.prefix")
                + (urgent ? " " + Messages.get(locale, "mail.subject.urgent") : "");
        String open = Messages.get(locale, "mail.body.open", documentUrl);
        if (secrecy != null && secrecy != Clearance.NONE) {
            return new MailContent(cut(prefix + " " + Messages.get(locale, "mail.subject.secret")),
                    Messages.get(locale, "mail.body.secret") + "\n" + open);
        }
        String message = Messages.get(locale, "notification." + kind.name(), title);
        StringBuilder body = new StringBuilder(message).append('\n');
        if (detail != null && !detail.isBlank()) {
            body.append(Messages.get(locale, "mail.body.detail", detail.strip())).append('\n');
        }
        if (actorName != null && !actorName.isBlank()) {
            body.append(Messages.get(locale, "notification.by", actorName)).append('\n');
        }
        body.append(open);
        return new MailContent(cut(prefix + " " + message.replaceAll("\\s+", " ")), body.toString());
    }

    /** Several notifications to one recipient in one message (the batched, not urgent ones). */
    public static MailContent digest(Locale locale, List<MailContent> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        StringBuilder body = new StringBuilder(Messages.get(locale, "mail.digest.intro", items.size())).append("\n\n");
        for (MailContent m : items) {
            body.append("• ").append(m.body().replace("\n", "\n  ")).append("\n\n");
        }
        return new MailContent(cut(Messages.get(locale, "mail.digest.subject", items.size())), body.toString().stripTrailing());
    }

    /** The text as sent: the body and the footer. */
    public static String finish(Locale locale, String body) {
        return body + "\n\n-- \n" + Messages.get(locale, "mail.body.footer") + "\n";
    }

    public static Locale locale(String language) {
        return "en".equals(language) ? Locale.ENGLISH : Messages.VIETNAMESE;
    }

    static String cut(String s) {
        return s.length() <= MAX_SUBJECT ? s : s.substring(0, MAX_SUBJECT - 1) + "…";
    }
}
