package vn.congvan.searchnode;

import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.reindex.ReindexPlugin;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.Plugin;
import org.opensearch.transport.Netty4Plugin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * A single-node OpenSearch for the integration tests of the Elasticsearch/OpenSearch search backend, started
 * from the jars on Maven Central (no distribution, no Docker): {@code java -cp … OpenSearchNode <home> <http port>
 * <transport port>}. Its data live under {@code <home>} (the ear's build deletes it first, records its process id
 * and waits for its HTTP health); it stops cleanly on SIGTERM.
 *
 * <p>The plugins are the modules an OpenSearch distribution always has that the application needs: the Netty
 * transport and HTTP server, the common analysis components (pattern_replace, shingle, asciifolding…) and reindex
 * ({@code _delete_by_query}, which Hibernate Search's mass indexer purges the index with). Not
 * analysis-icu: the application's analysis needs no plugin (ElasticsearchAnalysisDefinitions).
 */
public final class OpenSearchNode {

    private OpenSearchNode() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: OpenSearchNode <home dir> <http port> <transport port>");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        Files.createDirectories(home.resolve("config"));
        Settings settings = Settings.builder()
                .put("path.home", home.toString())
                .put("path.data", home.resolve("data").toString())
                .put("path.logs", home.resolve("logs").toString())
                .put("cluster.name", "congvan-it")
                .put("node.name", "congvan-it")
                .put("discovery.type", "single-node")
                .put("network.host", "127.0.0.1")
                .put("http.port", args[1])
                .put("transport.port", args[2])
                .put("transport.type", "netty4")
                .put("http.type", "netty4")
                // a build machine's disk may be fuller than the default watermarks allow
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                .build();
        Node node = new TestNode(settings, List.of(Netty4Plugin.class, CommonAnalysisPlugin.class, ReindexPlugin.class));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                stopped.countDown();
            }
        }, "opensearch-stop"));
        node.start();
        System.out.println("OpenSearch node up: http://127.0.0.1:" + args[1] + "/ (pid " + ProcessHandle.current().pid() + ")");
        stopped.await();
    }

    /** {@link Node}'s constructor with plugins from the class path (as the OpenSearch test framework's MockNode). */
    private static final class TestNode extends Node {
        TestNode(Settings settings, Collection<Class<? extends Plugin>> plugins) {
            super(InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> "congvan-it"), plugins, true);
        }
    }
}
