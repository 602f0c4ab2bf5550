package dev.faultline.lab.it;

import static org.awaitility.Awaitility.await;

import dev.faultline.lab.demo.FreePorts;
import dev.faultline.lab.observe.CrashEvents;
import dev.faultline.lab.observe.ServerStatus;
import dev.faultline.supervisor.launch.JavaCommand;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One real faultline server JVM ({@code java -jar faultline.jar serve ...}) started for a test, its
 * log in {@code <runDir>/server.log}, and a way to end it and everything it started.
 */
final class ServerJvm implements AutoCloseable {
  static final String LISTENING = "listening on http://";
  static final Duration START_TIMEOUT = Duration.ofSeconds(90);
  static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  /** One HTTP answer. */
  record Reply(int status, String body, Optional<String> contentType) {
    JsonObject json() {
      return new JsonObject(body);
    }
  }

  private final Process process;
  private final int port;
  private final Path runDir;
  private final ServerLogFile log;

  private ServerJvm(Process process, int port, Path runDir, ServerLogFile log) {
    this.process = process;
    this.port = port;
    this.runDir = runDir;
    this.log = log;
  }

  /** Starts {@code serve --mode <mode>} and returns once it logged its listening line. */
  static ServerJvm start(String mode, int units, String chaosToken, Path runDir)
      throws IOException {
    return start(mode, units, chaosToken, runDir, List.of());
  }

  /** As {@link #start(String, int, String, Path)}, with more {@code serve} flags. */
  static ServerJvm start(
      String mode, int units, String chaosToken, Path runDir, List<String> moreArgs)
      throws IOException {
    Files.createDirectories(runDir);
    int port = FreePorts.pick();
    List<String> args =
        new ArrayList<>(
            List.of(
                "serve",
                "--mode",
                mode,
                "--port",
                String.valueOf(port),
                "--workers",
                String.valueOf(units),
                "--run-dir",
                runDir.toString()));
    args.addAll(moreArgs);
    if (mode.equals("process") && !moreArgs.contains("--ipc")) {
      args.addAll(List.of("--ipc", itTransport()));
    }
    int heapMb =
        mode.equals("thread") ? units * 64 : 128; // as the demo runs them: the same total heap
    Path log = runDir.resolve("server.log");
    ProcessBuilder pb =
        new ProcessBuilder(FaultlineJar.javaJar(JavaCommand.crashFlags(heapMb, runDir), args))
            .directory(runDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    pb.environment().remove("FAULTLINE_CHAOS_TOKEN"); // chaos only when the test asks for it
    if (chaosToken != null) {
      pb.environment().put("FAULTLINE_CHAOS_TOKEN", chaosToken); // never a flag: ps shows flags
    }
    ServerJvm server = new ServerJvm(pb.start(), port, runDir, new ServerLogFile(log));
    try {
      server.awaitListening();
    } catch (RuntimeException | Error e) {
      server.close();
      throw e;
    }
    return server;
  }

  /**
   * The IPC transport process-mode servers use unless a test names one: {@code
   * -Dfaultline.it.ipc=pipe} (or tcp) runs every process-mode IT over it; uds by default.
   */
  static String itTransport() {
    String t = System.getProperty("faultline.it.ipc");
    return t == null || t.isBlank() ? "uds" : t;
  }

  private void awaitListening() {
    String line =
        await("server listening line in " + log.path())
            .atMost(START_TIMEOUT)
            .pollInterval(Duration.ofMillis(100))
            .failFast("server exited before listening: " + log.path(), () -> !process.isAlive())
            .until(
                () -> log().stream().filter(l -> l.contains(LISTENING)).findFirst(),
                Optional::isPresent)
            .get();
    if (!line.contains("127.0.0.1:" + port + " ")) {
      throw new AssertionError("server listens elsewhere than asked (port " + port + "): " + line);
    }
  }

  int port() {
    return port;
  }

  long pid() {
    return process.pid();
  }

  Process process() {
    return process;
  }

  Path runDir() {
    return runDir;
  }

  /** Everything the server printed so far (its log and its workers' output). */
  List<String> log() {
    return log.lines();
  }

  String logText() {
    return String.join("\n", log());
  }

  /** Waits for the first log line at or after {@code from} that matches, and returns its index. */
  int awaitLogLine(int from, String description, Predicate<String> matches) {
    return log.awaitLine(from, description, matches);
  }

  HttpRequest request(String path, Map<String, String> headers) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(60))
            .GET();
    headers.forEach(b::header);
    return b.build();
  }

  Reply get(String path) throws IOException {
    return get(path, Map.of());
  }

  /** Sends the request and waits for the answer; an IOException means no HTTP answer at all. */
  Reply get(String path, Map<String, String> headers) throws IOException {
    try {
      return toReply(HTTP.send(request(path, headers), HttpResponse.BodyHandlers.ofString()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  /** The whole HTTP response, headers included. */
  HttpResponse<String> send(String path, Map<String, String> headers) throws IOException {
    try {
      return HTTP.send(request(path, headers), HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  /** The lines of {@code <runDir>/crash-events.jsonl} written so far. */
  List<JsonObject> crashEvents() {
    return new CrashEvents(runDir).all();
  }

  private static Reply toReply(HttpResponse<String> r) {
    return new Reply(r.statusCode(), r.body(), r.headers().firstValue("content-type"));
  }

  JsonObject status() throws IOException {
    Reply r = get("/status");
    if (r.status() != 200) {
      throw new AssertionError("GET /status answered " + r.status() + ": " + r.body());
    }
    return r.json();
  }

  /**
   * Process mode: waits until /status says all {@code workers} are ready, and returns that status.
   */
  JsonObject awaitAllReady(int workers) {
    return await("all " + workers + " workers ready")
        .atMost(START_TIMEOUT)
        .pollInterval(Duration.ofMillis(200))
        .ignoreExceptionsInstanceOf(IOException.class)
        .until(
            this::status,
            s ->
                s.getLong("ready") == workers
                    && s.getJsonArray("workers").stream()
                        .allMatch(w -> "ready".equals(((JsonObject) w).getString("state"))));
  }

  /**
   * Process mode: waits until the pool is at full strength ({@link ServerStatus#atFullStrength})
   * with {@code spares} spares and no request running, and returns that status.
   */
  JsonObject awaitFullStrength(int spares) {
    return await("every slot ready, " + spares + " spares ready, serving, no request running")
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(100))
        .ignoreExceptionsInstanceOf(IOException.class)
        .until(
            this::status,
            s -> new ServerStatus(s).atFullStrength(spares) && new ServerStatus(s).idle());
  }

  /**
   * The pids of the slots' workers once each runs exactly one request: dispatch is least-loaded, so
   * with one request per worker sent, the next lands beside one of them (which one, the
   * dispatcher's tie rule decides).
   */
  List<Long> workerPidsOnceEachRunsOneRequest() {
    return await("one request in flight on each worker")
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(20))
        .until(
            () -> new ServerStatus(status()),
            s -> s.unitList().stream().allMatch(w -> w.inFlight() == 1))
        .workerPids();
  }

  /** Ends the server, its workers and anything else started for this run directory. */
  @Override
  public void close() {
    Set<ProcessHandle> others = new LinkedHashSet<>();
    process.descendants().forEach(others::add);
    others.addAll(ProcessTree.processesMentioning(runDir));
    ProcessTree.endAll(process.toHandle(), others);
    others.addAll(ProcessTree.processesMentioning(runDir)); // anything spawned while it stopped
    ProcessTree.endAll(process.toHandle(), others);
    Set<ProcessHandle> left = ProcessTree.processesMentioning(runDir);
    if (!left.isEmpty()) {
      throw new AssertionError(
          "processes survived cleanup: " + left.stream().map(ProcessHandle::pid).toList());
    }
  }
}
