package vn.congvan.application.exchange;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers the exchange outbox: every {@code congvan.exchange.poll-millis} and at once after a commit that
 * queued a package. Each row: build and sign (its own transaction), deliver through the transport that
 * handles the partner's endpoint (no transaction held during the network call), record the outcome
 * (retry with exponential back-off, or FAILED). One round at a time on this node.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ExchangeWorker {

    private static final Logger LOG = Logger.getLogger(ExchangeWorker.class.getName());
    private static final int MAX_PER_ROUND = 50;

    @Resource
    private TimerService timers;

    @EJB
    private ExchangeOutbox outbox;

    @Inject
    @Any
    private Instance<ExchangeTransport> transports;

    private final vn.congvan.application.common.OutboxDrain drainer =
            new vn.congvan.application.common.OutboxDrain("Exchange outbox", MAX_PER_ROUND, this::round);

    @PostConstruct
    void start() {
        long every = ExchangeConfig.pollInterval().toMillis();
        timers.createIntervalTimer(every, every, new TimerConfig("congvan-exchange-outbox", false));
    }

    @Timeout
    public void tick() {
        drain();
    }

    @Asynchronous
    public void kick() {
        drain();
    }

    public void drain() {
        drainer.drain();
    }

    private int round() {
        List<Long> due = outbox.due(Instant.now(), MAX_PER_ROUND);
        for (Long id : due) {
            ExchangeOutbox.Prepared p;
            try {
                p = outbox.prepare(id);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Exchange package " + id + " cannot be built", e);
                outbox.broken(id, "cannot build the package: " + e);
                continue;
            }
            if (p == null) {
                continue;
            }
            try {
                ExchangeTransport transport = transport(p.endpoint());
                ExchangeTransport.Outcome outcome = transport == null
                        ? ExchangeTransport.Outcome.refused("no transport handles " + p.endpoint())
                        : transport.deliver(p.endpoint(), p.file());
                LOG.info(() -> "Exchange package " + id + " to " + p.endpoint() + ": "
                        + (outcome.delivered() ? "delivered" : outcome.permanent() ? "refused" : "to be retried")
                        + " (" + outcome.detail() + ")");
                outbox.record(id, outcome);
            } finally {
                try {
                    Files.deleteIfExists(p.file());
                } catch (IOException e) {
                    LOG.fine(() -> "cannot delete " + p.file());
                }
            }
        }
        return due.size();
    }

    private ExchangeTransport transport(String endpoint) {
        for (ExchangeTransport t : transports) {
            if (t.handles(endpoint)) {
                return t;
            }
        }
        return null;
    }
}
