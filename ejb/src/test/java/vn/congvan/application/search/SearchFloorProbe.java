package vn.congvan.application.search;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How fast can the search of one page be on this machine, without HTTP, JSON or the application server — a floor
 * for the REST figures of docs/bench/search.md. Opens the index of a benchmark run read-only and runs its queries
 * ({@code target/bench/search-queries.tsv}, written by SearchBenchmark) in a closed loop on T threads, one of three
 * ways:
 * <ul>
 * <li>{@code count}: only the exact number of matches (Lucene's {@link IndexSearcher#count});</li>
 * <li>{@code facets}: the exact total and the seven facets, no ranking ({@link LuceneSearch.FacetCounter});</li>
 * <li>{@code top20}: the 20 best by score only, Lucene counting no further than 1 000 matches, so that it may skip
 * blocks of documents that cannot reach the page (block-max WAND) — no total, no facets;</li>
 * <li>{@code full}: what the REST search does on the Lucene backend ({@link LuceneSearch#search}: ranking, total,
 * facets, stored fields and highlights of 20 hits).</li>
 * </ul>
 * Prints latency p50/p95/p99, queries per second and CPU per query, over all queries and per kind. Not a test:
 * run by hand, as docs/bench/search.md says.
 *
 * <pre>java -cp … vn.congvan.application.search.SearchFloorProbe INDEX QUERIES MODE THREADS SECONDS KEY…</pre>
 */
public final class SearchFloorProbe {

    private record Timed(String kind, long nanos) {
    }

    private SearchFloorProbe() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 6) {
            System.err.println("usage: INDEX QUERIES count|facets|top20|full THREADS SECONDS ACCESS-KEY...");
            System.exit(2);
        }
        Path index = Path.of(args[0]);
        List<String[]> queries = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[1]))) {
            String[] cols = line.split("\t");
            if (cols.length >= 2) {
                queries.add(cols);
            }
        }
        String mode = args[2];
        int threads = Integer.parseInt(args[3]);
        int seconds = Integer.parseInt(args[4]);
        List<String> keys = List.of(Arrays.copyOfRange(args, 5, args.length));
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            run(reader, queries, mode, threads, Math.max(5, seconds / 3), keys); // warm-up
            List<Timed> measured = run(reader, queries, mode, threads, seconds, keys);
            report(mode, threads, seconds, measured);
        }
    }

    private static List<Timed> run(DirectoryReader reader, List<String[]> queries, String mode, int threads,
                                   int seconds, List<String> keys) throws InterruptedException {
        List<List<Timed>> perThread = new ArrayList<>();
        AtomicLong cpu = new AtomicLong();
        CountDownLatch done = new CountDownLatch(threads);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        for (int t = 0; t < threads; t++) {
            List<Timed> mine = new ArrayList<>();
            perThread.add(mine);
            int offset = t * queries.size() / threads;
            Thread th = new Thread(() -> {
                ThreadMXBean mx = ManagementFactory.getThreadMXBean();
                long cpu0 = mx.getCurrentThreadCpuTime();
                try {
                    for (int i = offset; System.nanoTime() < end; i++) {
                        String[] q = queries.get(i % queries.size());
                        long t0 = System.nanoTime();
                        if (PERMITS != null) {
                            PERMITS.acquireUninterruptibly();
                        }
                        try {
                            once(reader, q[1], mode, keys);
                        } finally {
                            if (PERMITS != null) {
                                PERMITS.release();
                            }
                        }
                        mine.add(new Timed(q[0], System.nanoTime() - t0));
                    }
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                } finally {
                    cpu.addAndGet(mx.getCurrentThreadCpuTime() - cpu0);
                    done.countDown();
                }
            });
            th.start();
        }
        done.await();
        List<Timed> all = new ArrayList<>();
        perThread.forEach(all::addAll);
        lastCpuNanos = cpu.get();
        return all;
    }

    private static long lastCpuNanos;
    /** -Dprobe.permits=N: at most N searches run at once, the other threads wait (counted in their latency). */
    private static final java.util.concurrent.Semaphore PERMITS = Integer.getInteger("probe.permits", 0) > 0
            ? new java.util.concurrent.Semaphore(Integer.getInteger("probe.permits"), true) : null;

    private static void once(DirectoryReader reader, String text, String mode, List<String> keys) throws IOException {
        SearchQuery q = new SearchQuery(text, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, 0, 20);
        switch (mode) {
            case "count" -> new IndexSearcher(reader).count(LuceneSearch.query(q, keys));
            case "facets" -> {
                Query query = LuceneSearch.query(q, keys);
                LuceneSearch.FacetCounter facets = new LuceneSearch.FacetCounter();
                new IndexSearcher(reader).search(query, facets);
                facets.counts();
            }
            case "top20" -> new IndexSearcher(reader).search(LuceneSearch.query(q, keys),
                    org.apache.lucene.search.TopScoreDocCollector.create(20, 1000));
            case "full" -> LuceneSearch.search(reader, q, keys, false, false);
            default -> throw new IllegalArgumentException(mode);
        }
    }

    private static void report(String mode, int threads, int seconds, List<Timed> all) {
        TreeMap<String, List<Long>> byKind = new TreeMap<>();
        for (Timed t : all) {
            byKind.computeIfAbsent("all", k -> new ArrayList<>()).add(t.nanos());
            byKind.computeIfAbsent(t.kind(), k -> new ArrayList<>()).add(t.nanos());
        }
        System.out.printf(Locale.ROOT, "mode=%s threads=%d seconds=%d queries=%d q/s=%.1f cpu/query=%.1f ms%n",
                mode, threads, seconds, all.size(), all.size() / (double) seconds,
                lastCpuNanos / 1e6 / Math.max(1, all.size()));
        byKind.forEach((kind, ns) -> {
            long[] s = ns.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf(Locale.ROOT, "  %-12s n=%6d p50=%7.1f p95=%7.1f p99=%7.1f ms%n", kind, s.length,
                    pct(s, 50), pct(s, 95), pct(s, 99));
        });
    }

    private static double pct(long[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }
}
