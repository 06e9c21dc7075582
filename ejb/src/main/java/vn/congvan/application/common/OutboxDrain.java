package vn.congvan.application.common;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Draining an outbox on this node, one round at a time: a call while a round runs makes the running one
 * go round again instead of starting a second; a full round (as many rows as a round takes) is followed
 * by another at once, since more may be due. Used by the workers of the mail and exchange outboxes.
 */
public final class OutboxDrain {

    private static final Logger LOG = Logger.getLogger(OutboxDrain.class.getName());

    private final AtomicBoolean busy = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private final String name;
    private final int maxPerRound;
    private final IntSupplier round;

    /**
     * @param name        for the log
     * @param maxPerRound how many rows a round takes at most
     * @param round       one round; returns how many rows it took
     */
    public OutboxDrain(String name, int maxPerRound, IntSupplier round) {
        this.name = name;
        this.maxPerRound = maxPerRound;
        this.round = round;
    }

    public void drain() {
        if (!busy.compareAndSet(false, true)) {
            again.set(true);
            return;
        }
        try {
            do {
                again.set(false);
                while (round.getAsInt() == maxPerRound) {
                    // a full round: there may be more
                }
            } while (again.get());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, name, e);
        } finally {
            busy.set(false);
        }
    }
}
