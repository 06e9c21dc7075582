package vn.congvan.infrastructure.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import vn.congvan.application.notification.MailServer;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/** Sends one plain-text UTF-8 message with Jakarta Mail (WildFly's Angus Mail) through the given SMTP server. */
public final class SmtpMailer {

    private SmtpMailer() {
    }

    public static void send(MailServer server, String to, String subject, String text, int timeoutMillis)
            throws MessagingException {
        boolean ssl = "SSL".equals(server.security());
        String protocol = ssl ? "smtps" : "smtp";
        Properties p = new Properties();
        p.put("mail.transport.protocol", protocol);
        p.put("mail." + protocol + ".host", server.host());
        p.put("mail." + protocol + ".port", String.valueOf(server.port()));
        p.put("mail." + protocol + ".connectiontimeout", String.valueOf(timeoutMillis));
        p.put("mail." + protocol + ".timeout", String.valueOf(timeoutMillis));
        p.put("mail." + protocol + ".writetimeout", String.valueOf(timeoutMillis));
        p.put("mail." + protocol + ".from", server.from());
        boolean auth = server.username() != null && !server.username().isBlank();
        p.put("mail." + protocol + ".auth", String.valueOf(auth));
        if ("STARTTLS".equals(server.security())) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        if (ssl || "STARTTLS".equals(server.security())) {
            p.put("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        // the class loader of this application, not the thread's (timers run on the server's threads)
        Thread t = Thread.currentThread();
        ClassLoader previous = t.getContextClassLoader();
        t.setContextClassLoader(SmtpMailer.class.getClassLoader());
        try {
            Session session = Session.getInstance(p);
            MimeMessage m = new MimeMessage(session);
            m.setFrom(new InternetAddress(server.from(), true));
            m.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
            m.setSubject(subject, StandardCharsets.UTF_8.name());
            m.setText(text, StandardCharsets.UTF_8.name());
            m.setSentDate(new Date());
            m.setHeader("Auto-Submitted", "auto-generated");
            try (Transport transport = session.getTransport(protocol)) {
                if (auth) {
                    transport.connect(server.host(), server.port(), server.username(), server.password());
                } else {
                    transport.connect();
                }
                m.saveChanges();
                transport.sendMessage(m, m.getAllRecipients());
            }
        } finally {
            t.setContextClassLoader(previous);
        }
    }

    /** Whether an address is a single valid Internet address (RFC 822, strict). */
    public static boolean validAddress(String address) {
        if (address == null || address.isBlank() || address.length() > 255) {
            return false;
        }
        try {
            InternetAddress[] a = InternetAddress.parse(address.strip(), true);
            if (a.length != 1) {
                return false;
            }
            a[0].validate();
            return a[0].getAddress().contains("@");
        } catch (MessagingException e) {
            return false;
        }
    }
}
