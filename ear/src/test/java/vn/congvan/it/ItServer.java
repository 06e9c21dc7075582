package vn.congvan.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The tests' WildFly as a process, for the tests that must kill it: found by its data directory on its
 * command line ({@code -Dcongvan.data.dir=<it.data.dir>}), killed with SIGKILL (no shutdown hook runs, as
 * in a power cut or an OOM kill), and started again with exactly the same command line, working directory
 * and environment (read from {@code /proc}, Linux only), its output appended to {@code it-server.log}. The
 * build's post-integration-test step stops it as usual, through its management port.
 */
final class ItServer {

    private final long pid;
    private final List<String> command;
    private final Path directory;
    private final Map<String, String> environment;

    private ItServer(long pid, List<String> command, Path directory, Map<String, String> environment) {
        this.pid = pid;
        this.command = command;
        this.directory = directory;
        this.environment = environment;
    }

    /** The running server of these tests. */
    static ItServer find() throws IOException {
        String marker = "-Dcongvan.data.dir=" + System.getProperty("it.data.dir");
        List<ProcessHandle> found = ProcessHandle.allProcesses()
                // the exact argument: server B's data directory (it-data-b) starts with the same text
                .filter(p -> p.info().arguments().map(a -> java.util.Arrays.asList(a).contains(marker)).orElse(false)
                        && p.info().commandLine().map(c -> c.contains("jboss-modules")).orElse(false))
                .toList();
        if (found.size() != 1) {
            throw new IllegalStateException("Expected one server with " + marker + ", found " + found.size());
        }
        long pid = found.get(0).pid();
        Path proc = Path.of("/proc", Long.toString(pid));
        List<String> command = split(Files.readAllBytes(proc.resolve("cmdline")));
        Map<String, String> env = new LinkedHashMap<>();
        for (String kv : split(Files.readAllBytes(proc.resolve("environ")))) {
            int eq = kv.indexOf('=');
            if (eq > 0) {
                env.put(kv.substring(0, eq), kv.substring(eq + 1));
            }
        }
        return new ItServer(pid, command, Files.readSymbolicLink(proc.resolve("cwd")), env);
    }

    /** kill -9, and wait until it is gone. */
    void kill() throws InterruptedException {
        ProcessHandle p = ProcessHandle.of(pid).orElseThrow();
        p.destroyForcibly();
        try {
            p.onExit().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("The server " + pid + " did not die", e);
        }
        Thread.sleep(500);
    }

    /** Starts it again and waits until the application answers. */
    ItServer restart(Duration timeout) throws IOException, InterruptedException {
        ProcessBuilder b = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(Path.of(System.getProperty("it.server.log",
                        "target/it-server.log")).toFile()));
        b.environment().clear();
        b.environment().putAll(environment);
        Process p = b.start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (!p.isAlive()) {
                throw new IllegalStateException("The restarted server exited with " + p.exitValue());
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(Api.BASE + "/api/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return new ItServer(p.pid(), command, directory, environment);
                }
            } catch (IOException notYet) {
                // still booting
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("The restarted server did not answer in " + timeout);
    }

    /** One management command through jboss-cli (e.g. setting a system property at run time). */
    static void cli(String command) throws IOException, InterruptedException {
        String home = System.getProperty("it.jboss.home");
        Process p = new ProcessBuilder(home + "/bin/jboss-cli.sh", "--connect",
                "--controller=127.0.0.1:" + System.getProperty("it.management.port"), "--command=" + command)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("jboss-cli " + command + ": " + out);
        }
    }

    private static List<String> split(byte[] nulSeparated) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < nulSeparated.length; i++) {
            if (nulSeparated[i] == 0) {
                out.add(new String(nulSeparated, start, i - start, StandardCharsets.UTF_8));
                start = i + 1;
            }
        }
        if (start < nulSeparated.length) {
            out.add(new String(nulSeparated, start, nulSeparated.length - start, StandardCharsets.UTF_8));
        }
        return out;
    }
}
