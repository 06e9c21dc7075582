package vn.congvan.application.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import vn.congvan.infrastructure.extraction.Extraction;
import vn.congvan.infrastructure.extraction.ExtractionException;
import vn.congvan.infrastructure.extraction.JdbcExtractionQueue;
import vn.congvan.infrastructure.extraction.TextExtractor;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Extracts the text of registered files, outside the requests: every two seconds it takes the due
 * jobs (the database says which: {@link JdbcExtractionQueue}), reads each file in a child process
 * ({@link TextExtractor}) and records the text with the document's search row. Several files are read
 * at once ({@code congvan.extraction.parallel}, by default one per core): each lane claims its jobs one
 * after the other and keeps a long-lived child JVM of its own. At start it takes back the jobs this node
 * left RUNNING when it was stopped or killed.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class ExtractionWorker {

    private static final Logger LOG = Logger.getLogger(ExtractionWorker.class.getName());
    private static final int MAX_PER_TICK = 50;

    @EJB
    private ExtractionJobs jobs;

    private final AtomicBoolean busy = new AtomicBoolean();
    private String worker;
    private final List<TextExtractor> extractors = new ArrayList<>();

    @Resource
    private ManagedExecutorService executor;

    @PostConstruct
    void start() {
        worker = System.getProperty("jboss.node.name", "node") + "@" + System.getProperty("congvan.data.dir", "");
        if (worker.length() > 100) {
            worker = worker.substring(worker.length() - 100);
        }
        Path work = Path.of(System.getProperty("jboss.server.temp.dir", System.getProperty("java.io.tmpdir")),
                "congvan-extraction");
        for (int i = 0; i < SearchSettings.extractors(); i++) {
            extractors.add(new TextExtractor(SearchSettings.extractorClasspath(), SearchSettings.limits(), work));
        }
        int released = jobs.releaseWorker(worker);
        if (released > 0) {
            LOG.info(() -> released + " text extraction job(s) interrupted by the last stop are due again");
        }
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        extractors.forEach(TextExtractor::close);
    }

    @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void tick() {
        if (!SearchSettings.extractionEnabled() || !busy.compareAndSet(false, true)) {
            return;
        }
        try {
            AtomicInteger budget = new AtomicInteger(MAX_PER_TICK);
            List<Future<?>> lanes = new ArrayList<>();
            for (int i = 1; i < extractors.size(); i++) {
                TextExtractor extractor = extractors.get(i);
                try {
                    lanes.add(executor.submit(() -> lane(extractor, budget)));
                } catch (RejectedExecutionException e) {
                    break; // fewer lanes this time
                }
            }
            lane(extractors.get(0), budget);
            for (Future<?> f : lanes) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    LOG.log(Level.WARNING, "Text extraction worker", e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Text extraction worker", e);
        } finally {
            busy.set(false);
        }
    }

    /** One lane: claims and runs due jobs with its own extractor until none is due or the tick's budget is spent. */
    private void lane(TextExtractor extractor, AtomicInteger budget) {
        while (budget.getAndDecrement() > 0 && SearchSettings.extractionEnabled()) {
            Optional<ExtractionJobs.Claimed> claimed = jobs.claim(worker);
            if (claimed.isEmpty()) {
                return;
            }
            run(extractor, claimed.get());
        }
    }

    private void run(TextExtractor extractor, ExtractionJobs.Claimed claimed) {
        JdbcExtractionQueue.Job job = claimed.job();
        long start = System.nanoTime();
        long documentId = -1;
        try {
            ExtractionJobs.JobFile file = jobs.file(claimed);
            documentId = file.documentId();
            Extraction e = extractor.extract(file.path(), file.fileName());
            long ms = (System.nanoTime() - start) / 1_000_000;
            jobs.done(job, documentId, e, ms);
            LOG.info(() -> "Extracted " + e.text().length() + " characters (" + e.method() + ") from " + (job.outgoing() ? "outgoing " : "") + "attachment "
                    + job.attachmentId() + " in " + ms + " ms");
        } catch (ExtractionException e) {
            LOG.warning(() -> "Text extraction of attachment " + job.attachmentId() + ": " + e.getMessage());
            jobs.failed(job, documentId, e, (System.nanoTime() - start) / 1_000_000);
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Text extraction of attachment " + job.attachmentId(), e);
            jobs.failed(job, documentId, new ExtractionException(ExtractionException.Reason.FAILED, String.valueOf(e)),
                    (System.nanoTime() - start) / 1_000_000);
        }
    }
}
