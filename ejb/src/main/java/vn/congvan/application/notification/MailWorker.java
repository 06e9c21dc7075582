package vn.congvan.application.notification;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.mail.MessagingException;
import vn.congvan.infrastructure.mail.SmtpMailer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the mail outbox, outside any request: every {@code congvan.mail.poll-seconds}, and at once after
 * a transaction that wrote notifications commits ({@link #kick()}). Urgent messages go one by one; the
 * others that are due go as one message per recipient (a digest when there are several).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailWorker {

    private static final Logger LOG = Logger.getLogger(MailWorker.class.getName());
    private static final int MAX_PER_ROUND = 100;

    @Resource
    private TimerService timers;

    @EJB
    private MailOutbox outbox;

    @EJB
    private MailSettingsService settings;

    private final vn.congvan.application.common.OutboxDrain drainer =
            new vn.congvan.application.common.OutboxDrain("Mail outbox", MAX_PER_ROUND, this::round);
    private String worker;

    @PostConstruct
    void start() {
        worker = System.getProperty("jboss.node.name", "node");
        long every = MailConfig.pollInterval().toMillis();
        timers.createIntervalTimer(every, every, new TimerConfig("congvan-mail-outbox", false));
        int released = outbox.releaseStale(Instant.now().minus(MailOutbox.staleAfter()));
        if (released > 0) {
            LOG.info(() -> released + " e-mail(s) left in sending by the last stop are due again");
        }
    }

    @Timeout
    public void tick() {
        drain();
    }

    /** Looks at the outbox now, in the background (after a commit that queued mail). */
    @Asynchronous
    public void kick() {
        drain();
    }

    /** Sends what is due; one round at a time on this node (a call during a round makes it go round again). */
    public void drain() {
        drainer.drain();
    }

    private int round() {
        Instant now = Instant.now();
        List<MailOutbox.Claimed> claimed = outbox.claim(worker, now, MAX_PER_ROUND);
        if (claimed.isEmpty()) {
            return 0;
        }
        // urgent: one message each; the others: one message per agency, recipient and language
        Map<String, List<MailOutbox.Claimed>> groups = new LinkedHashMap<>();
        for (MailOutbox.Claimed c : claimed) {
            String key = c.urgent() ? "urgent:" + c.id()
                    : c.agencyId() + "|" + c.toAddress().toLowerCase(Locale.ROOT) + "|" + c.language();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
        }
        Map<Long, MailServer> servers = new HashMap<>();
        for (List<MailOutbox.Claimed> group : groups.values()) {
            MailOutbox.Claimed first = group.get(0);
            List<Long> ids = group.stream().map(MailOutbox.Claimed::id).toList();
            MailServer server = servers.computeIfAbsent(first.agencyId(), settings::effective);
            if (!server.enabled()) {
                outbox.postpone(ids, Instant.now().plus(MailConfig.pollInterval().multipliedBy(20)), "e-mail is switched off");
                continue;
            }
            Locale locale = MailComposer.locale(first.language());
            MailComposer.MailContent content = MailComposer.digest(locale, group.stream()
                    .map(c -> new MailComposer.MailContent(c.subject(), c.body())).toList());
            try {
                SmtpMailer.send(server, first.toAddress(), content.subject(), MailComposer.finish(locale, content.body()),
                        MailConfig.timeoutMillis());
                outbox.sent(ids, Instant.now());
                LOG.info(() -> "Sent e-mail (" + ids.size() + " notification(s)) to " + first.toAddress());
            } catch (MessagingException | RuntimeException e) {
                String error = describe(e);
                LOG.warning(() -> "E-mail to " + first.toAddress() + " via " + server.host() + ":" + server.port()
                        + " failed, to be retried: " + error);
                outbox.failed(ids, Instant.now(), error);
            }
        }
        return claimed.size();
    }

    static String describe(Throwable e) {
        StringBuilder b = new StringBuilder();
        for (Throwable t = e; t != null && b.length() < 900; t = t.getCause()) {
            if (!b.isEmpty()) {
                b.append(" ← ");
            }
            b.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
            if (t.getCause() == t) {
                break;
            }
        }
        return b.toString().replaceAll("\\s+", " ");
    }
}
