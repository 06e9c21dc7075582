package vn.congvan.application.search;

import org.junit.jupiter.api.Test;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.common.Problem;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchGateTest {

    @Test
    void noMoreSearchesAtOnceThanPermitsAndEveryOneGetsItsTurn() throws Exception {
        Semaphore permits = new Semaphore(2, true);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            CountDownLatch start = new CountDownLatch(1);
            Future<?>[] searches = new Future<?>[16];
            for (int i = 0; i < searches.length; i++) {
                searches[i] = pool.submit(() -> {
                    start.await();
                    try (SearchGate.Turn turn = SearchGate.enter(permits, 10_000)) {
                        most.accumulateAndGet(running.incrementAndGet(), Math::max);
                        Thread.sleep(20);
                        running.decrementAndGet();
                    }
                    return null;
                });
            }
            start.countDown();
            for (Future<?> f : searches) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2, most.get(), "at most two at once, and two did run together");
        assertEquals(2, permits.availablePermits(), "every turn given back");
    }

    @Test
    void aSearchThatWaitsTooLongIsTold503AndTakesNoTurn() {
        Semaphore permits = new Semaphore(1, true);
        try (SearchGate.Turn held = SearchGate.enter(permits, 1_000)) {
            long t0 = System.nanoTime();
            ApplicationProblemException e = assertThrows(ApplicationProblemException.class,
                    () -> SearchGate.enter(permits, 200));
            assertEquals(Problem.SERVICE_UNAVAILABLE, e.problem());
            assertEquals("search.busy", e.messageKey());
            assertTrue(System.nanoTime() - t0 >= TimeUnit.MILLISECONDS.toNanos(190), "it waited its time first");
            assertEquals(0, permits.availablePermits());
        }
        assertEquals(1, permits.availablePermits());
    }

    @Test
    void aSearchThatVisitsFewDocumentsDoesNotQueueBehindTheHeavyOnes() {
        // every turn of the real gate taken by heavy searches
        java.util.List<SearchGate.Turn> heavy = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < SearchGate.permits(); i++) {
                heavy.add(SearchGate.enter(Long.MAX_VALUE));
            }
            long t0 = System.nanoTime();
            try (SearchGate.Turn light = SearchGate.enter(10)) {
                assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(5), "at once, not after the 30 s timeout");
            }
            // while a heavy one waits for the gate, and gets in as soon as one turn is given back
            ExecutorService other = Executors.newSingleThreadExecutor();
            try {
                Future<SearchGate.Turn> waiting = other.submit(() -> SearchGate.enter(Long.MAX_VALUE));
                Thread.sleep(300);
                assertTrue(!waiting.isDone(), "a heavy search queues while every turn is taken");
                heavy.remove(0).close();
                heavy.add(waiting.get(10, TimeUnit.SECONDS));
            } finally {
                other.shutdownNow();
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            heavy.forEach(SearchGate.Turn::close);
        }
    }

    @Test
    void closingATurnTwiceGivesBackOnePermit() {
        Semaphore permits = new Semaphore(1);
        SearchGate.Turn turn = SearchGate.enter(permits, 100);
        turn.close();
        turn.close();
        assertEquals(1, permits.availablePermits());
    }
}
