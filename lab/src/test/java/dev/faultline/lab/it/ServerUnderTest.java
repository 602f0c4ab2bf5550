package dev.faultline.lab.it;

import static org.awaitility.Awaitility.await;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.awaitility.core.ConditionTimeoutException;

/**
 * One real faultline server JVM ({@code java -jar faultline.jar serve ...}) started for a test, its
 * log in {@code <runDir>/server.log}, and a way to end it and everything it started.
 */
final class ServerUnderTest implements AutoCloseable {
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
  private final Path logFile;

  private ServerUnderTest(Process process, int port, Path runDir, Path logFile) {
    this.process = process;
    this.port = port;
    this.runDir = runDir;
    this.logFile = logFile;
  }

  /** Starts {@code serve --mode <mode>} and returns once it logged its listening line. */
  static ServerUnderTest start(String mode, int units, String chaosToken, Path runDir)
      throws IOException {
    return start(mode, units, chaosToken, runDir, List.of());
  }

  /** As {@link #start(String, int, String, Path)}, with more {@code serve} flags. */
  static ServerUnderTest start(
      String mode, int units, String chaosToken, Path runDir, List<String> moreArgs)
      throws IOException {
    Files.createDirectories(runDir);
    int port = freePort();
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
        new ProcessBuilder(javaJar(crashFlags(heapMb, runDir), args))
            .directory(runDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    pb.environment().remove("FAULTLINE_CHAOS_TOKEN"); // chaos only when the test asks for it
    if (chaosToken != null) {
      pb.environment().put("FAULTLINE_CHAOS_TOKEN", chaosToken); // never a flag: ps shows flags
    }
    ServerUnderTest server = new ServerUnderTest(pb.start(), port, runDir, log);
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
        await("server listening line in " + logFile)
            .atMost(START_TIMEOUT)
            .pollInterval(Duration.ofMillis(100))
            .failFast("server exited before listening: " + logFile, () -> !process.isAlive())
            .until(
                () -> log().stream().filter(l -> l.contains(LISTENING)).findFirst(),
                Optional::isPresent)
            .get();
    if (!line.contains("127.0.0.1:" + port + " ")) {
      throw new AssertionError("server listens elsewhere than asked (port " + port + "): " + line);
    }
  }

  /**
   * The faultline jar: {@code -Dfaultline.jar} (failsafe sets it), else the module's target
   * directory.
   */
  static Path jar() {
    String prop = System.getProperty("faultline.jar");
    List<Path> candidates = new ArrayList<>();
    if (prop != null && !prop.isBlank()) {
      candidates.add(Path.of(prop));
    }
    Path cwd = Path.of(System.getProperty("user.dir"));
    candidates.add(cwd.resolve("lab/target/faultline.jar"));
    candidates.add(cwd.resolve("target/faultline.jar"));
    return candidates.stream()
        .filter(Files::isRegularFile)
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "faultline.jar not found; build it first. Tried " + candidates));
  }

  /**
   * The flags faultline gives every JVM it runs: fixed heap, exit on OOM, hs_err in {@code dir}, no
   * core.
   */
  static List<String> crashFlags(int heapMb, Path errorFileDir) {
    return List.of(
        "-Xmx" + heapMb + "m",
        "-XX:+UseSerialGC",
        "-XX:+ExitOnOutOfMemoryError",
        "-XX:-CreateCoredumpOnCrash",
        "-XX:ErrorFile=" + errorFileDir.resolve("hs_err_pid%p.log"));
  }

  static List<String> javaJar(List<String> jvmFlags, List<String> args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(jvmFlags);
    cmd.add("-jar");
    cmd.add(jar().toString());
    cmd.addAll(args);
    return cmd;
  }

  static int freePort() {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
    try {
      return Files.exists(logFile)
          ? new String(Files.readAllBytes(logFile), StandardCharsets.UTF_8).lines().toList()
          : List.of();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String logText() {
    return String.join("\n", log());
  }

  /** Waits for the first log line at or after {@code from} that matches, and returns its index. */
  int awaitLogLine(int from, String description, Predicate<String> matches) {
    return await(description + " in " + logFile)
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> indexOf(log(), from, matches), i -> i >= 0);
  }

  private static int indexOf(List<String> lines, int from, Predicate<String> matches) {
    for (int i = Math.max(from, 0); i < lines.size(); i++) {
      if (matches.test(lines.get(i))) {
        return i;
      }
    }
    return -1;
  }

  static Predicate<String> containsAll(String... parts) {
    return line -> List.of(parts).stream().allMatch(line::contains);
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
    return CrashEvents.read(runDir);
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

  /** True when the process has exited (a zombie waiting for its parent counts as exited). */
  static boolean exited(ProcessHandle h) {
    if (!h.isAlive()) {
      return true;
    }
    try {
      String stat = Files.readString(Path.of("/proc", String.valueOf(h.pid()), "stat"));
      char state = stat.charAt(stat.lastIndexOf(')') + 2);
      return state == 'Z' || state == 'X';
    } catch (IOException | RuntimeException e) {
      return !h.isAlive();
    }
  }

  /**
   * Live processes whose command line names {@code dir}: only what a test started with that unique
   * dir.
   */
  static Set<ProcessHandle> processesMentioning(Path dir) {
    String needle = dir.toAbsolutePath().toString();
    long self = ProcessHandle.current().pid();
    return ProcessHandle.allProcesses()
        .filter(h -> h.pid() != self && !exited(h))
        .filter(h -> h.info().commandLine().map(c -> c.contains(needle)).orElse(false))
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /**
   * SIGTERM to {@code root}, then SIGKILL to whatever of it and {@code others} is left after a
   * grace period.
   */
  static void endAll(ProcessHandle root, Collection<ProcessHandle> others) {
    Set<ProcessHandle> all = new LinkedHashSet<>(others);
    root.descendants().forEach(all::add);
    all.remove(root);
    root.destroy();
    waitForExit(root, 10);
    root.destroyForcibly();
    waitForExit(root, 5);
    all.stream().filter(h -> !exited(h)).forEach(ProcessHandle::destroyForcibly);
    all.forEach(h -> waitForExit(h, 5));
  }

  private static void waitForExit(ProcessHandle h, int seconds) {
    try {
      await()
          .atMost(Duration.ofSeconds(seconds))
          .pollInterval(Duration.ofMillis(50))
          .until(() -> exited(h));
    } catch (ConditionTimeoutException ignored) {
      // the caller's next step deals with it
    }
  }

  /** Ends the server, its workers and anything else started for this run directory. */
  @Override
  public void close() {
    Set<ProcessHandle> others = new LinkedHashSet<>();
    process.descendants().forEach(others::add);
    others.addAll(processesMentioning(runDir));
    endAll(process.toHandle(), others);
    others.addAll(processesMentioning(runDir)); // anything spawned while it was stopping
    endAll(process.toHandle(), others);
    Set<ProcessHandle> left = processesMentioning(runDir);
    if (!left.isEmpty()) {
      throw new AssertionError(
          "processes survived cleanup: " + left.stream().map(ProcessHandle::pid).toList());
    }
  }
}
