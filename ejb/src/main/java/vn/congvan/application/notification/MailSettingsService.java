package vn.congvan.application.notification;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.common.FieldError;
import vn.congvan.application.common.Messages;
import vn.congvan.application.common.Problem;
import vn.congvan.application.security.UserDirectory;
import vn.congvan.application.signature.SecretBox;
import vn.congvan.domain.model.agency.Role;
import vn.congvan.domain.model.agency.User;
import vn.congvan.domain.model.notification.MailSetting;
import vn.congvan.infrastructure.mail.SmtpMailer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The SMTP settings of an agency (thư điện tử): shown to its administrator without the password, changed,
 * reset to the server's, tried with a test message; and what the mail worker uses.
 */
@Stateless
public class MailSettingsService {

    private static final Logger LOG = Logger.getLogger(MailSettingsService.class.getName());
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]{0,253}[A-Za-z0-9])?|\\[[0-9A-Fa-f:.]+]");
    private static final List<String> SECURITY = List.of("NONE", "STARTTLS", "SSL");

    @PersistenceContext
    private EntityManager em;

    @EJB
    private UserDirectory users;

    @EJB
    private MailOutbox outbox;

    @Inject
    private SecretBox secrets;

    @RolesAllowed(Role.Names.ADMIN)
    public MailSettingsView get() {
        return view(users.current().agency().id());
    }

    @RolesAllowed(Role.Names.ADMIN)
    public MailSettingsView update(MailSettingsCommand c) {
        if (c == null) {
            throw new ApplicationProblemException(Problem.BAD_REQUEST, "error.body.missing");
        }
        User me = users.current();
        List<FieldError> errors = new ArrayList<>();
        String host = c.host() == null ? null : c.host().strip();
        if (host == null || host.isEmpty()) {
            errors.add(FieldError.of("host", "validation.required"));
        } else if (host.length() > 255 || !HOST.matcher(host).matches()) {
            errors.add(FieldError.of("host", "mail.host.invalid"));
        }
        if (c.port() == null) {
            errors.add(FieldError.of("port", "validation.required"));
        } else if (c.port() < 1) {
            errors.add(FieldError.of("port", "validation.min", 1));
        } else if (c.port() > 65535) {
            errors.add(FieldError.of("port", "validation.max", 65535));
        }
        String from = c.from() == null ? null : c.from().strip();
        if (from == null || from.isEmpty()) {
            errors.add(FieldError.of("from", "validation.required"));
        } else if (!SmtpMailer.validAddress(from)) {
            errors.add(FieldError.of("from", "mail.address.invalid", from));
        }
        String security = c.security() == null || c.security().isBlank() ? "NONE" : c.security().strip().toUpperCase(Locale.ROOT);
        if (!SECURITY.contains(security)) {
            errors.add(FieldError.of("security", "mail.security.unknown"));
        }
        String username = c.username() == null || c.username().isBlank() ? null : c.username().strip();
        if (username != null && username.length() > 255) {
            errors.add(FieldError.of("username", "validation.size.max", 255));
        }
        if (c.password() != null && c.password().length() > 500) {
            errors.add(FieldError.of("password", "validation.size.max", 500));
        }
        if (!errors.isEmpty()) {
            throw ApplicationProblemException.invalid(errors);
        }
        long agencyId = me.agency().id();
        MailSetting s = em.find(MailSetting.class, agencyId);
        if (s == null) {
            s = new MailSetting(agencyId);
            s.change(c.enabled() == null || c.enabled(), host, c.port(), username, from, security, me.username(), Instant.now());
            em.persist(s);
        } else {
            s.change(c.enabled() == null || c.enabled(), host, c.port(), username, from, security, me.username(), Instant.now());
        }
        if (Boolean.TRUE.equals(c.clearPassword())) {
            s.setPasswordSealed(null);
        } else if (c.password() != null && !c.password().isEmpty()) {
            s.setPasswordSealed(secrets.seal(c.password()));
        }
        em.flush();
        LOG.info(() -> "Mail settings of agency " + agencyId + " changed by " + me.username() + ": " + host + ":" + c.port()
                + " " + security);
        return view(agencyId);
    }

    /** Drops the agency's own settings: the server's {@code congvan.mail.*} apply again. */
    @RolesAllowed(Role.Names.ADMIN)
    public MailSettingsView reset() {
        User me = users.current();
        MailSetting s = em.find(MailSetting.class, me.agency().id());
        if (s != null) {
            em.remove(s);
            em.flush();
        }
        return view(me.agency().id());
    }

    /** Sends a test message now with the settings in effect; 502 with the server's answer when it fails. */
    @RolesAllowed(Role.Names.ADMIN)
    public String testSend(String to, Locale locale) {
        User me = users.current();
        String address = to == null || to.isBlank() ? me.email() : to.strip();
        if (address == null || address.isBlank()) {
            throw ApplicationProblemException.invalid(FieldError.of("to", "mail.test.noAddress"));
        }
        if (!SmtpMailer.validAddress(address)) {
            throw ApplicationProblemException.invalid(FieldError.of("to", "mail.address.invalid", address));
        }
        MailServer server = effective(me.agency().id());
        try {
            SmtpMailer.send(server, address, Messages.get(locale, "mail.test.subject"),
                    MailComposer.finish(locale, Messages.get(locale, "mail.test.body", me.fullName())),
                    MailConfig.timeoutMillis());
        } catch (MessagingException | RuntimeException e) {
            throw new ApplicationProblemException(Problem.BAD_GATEWAY, "mail.test.failed", MailWorker.describe(e));
        }
        LOG.info(() -> "Test e-mail sent to " + address + " by " + me.username() + " via " + server);
        return address;
    }

    /** Gives the agency's messages that failed every attempt another round; how many. */
    @RolesAllowed(Role.Names.ADMIN)
    public int retryFailed() {
        return outbox.retryFailed(users.current().agency().id(), Instant.now());
    }

    /** The settings in effect for an agency: its own where set, else the server's. */
    @PermitAll
    public MailServer effective(long agencyId) {
        MailSetting s = em.find(MailSetting.class, agencyId);
        if (s == null) {
            return new MailServer(MailConfig.enabled(), MailConfig.host(), MailConfig.port(), MailConfig.username(),
                    MailConfig.password(), MailConfig.from(), MailConfig.security());
        }
        return new MailServer(s.enabled() == null ? MailConfig.enabled() : s.enabled(),
                s.host() == null ? MailConfig.host() : s.host(),
                s.port() == null ? MailConfig.port() : s.port(),
                s.username(),
                s.passwordSealed() == null ? null : secrets.open(s.passwordSealed()),
                s.fromAddress() == null ? MailConfig.from() : s.fromAddress(),
                s.security() == null ? MailConfig.security() : s.security());
    }

    private MailSettingsView view(long agencyId) {
        MailSetting s = em.find(MailSetting.class, agencyId);
        MailServer e = effective(agencyId);
        MailSettingsView.ServerDefaults server = new MailSettingsView.ServerDefaults(MailConfig.enabled(), MailConfig.host(),
                MailConfig.port(), MailConfig.username(), MailConfig.password() != null, MailConfig.from(),
                MailConfig.security(), MailConfig.batchWindow().toSeconds(), MailConfig.pollInterval().toSeconds(),
                MailConfig.retryBase().toSeconds(), MailConfig.maxAttempts());
        return new MailSettingsView(e.enabled(), e.host(), e.port(), e.username(), e.password() != null, e.from(),
                e.security(), s != null, s == null ? null : s.updatedBy(), s == null ? null : s.updatedAt(), server,
                outbox.status(agencyId));
    }
}
