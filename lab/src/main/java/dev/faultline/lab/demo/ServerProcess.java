package dev.faultline.lab.demo;

import dev.faultline.chaos.ChaosGuard;
import dev.faultline.supervisor.death.DeathCause;
import dev.faultline.supervisor.death.DeathClassifier;
import dev.faultline.supervisor.launch.ChildOutput;
import dev.faultline.supervisor.serve.Server;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * One server the demo root runs as a child JVM, like systemd would: started ({@link
 * ServeCommandLine}), its log kept whole in {@code <run dir>/server.log} and its facts streamed
 * with a {@code [name]} prefix (a {@link ServerLog} tells which lines are facts; stack traces and
 * library noise get one summary line once the server has died or stopped), restarted when it dies
 * ({@link ServerRestarts}), and stopped politely at the end ({@link Termination}). The chaos token
 * reaches it through the environment, never the command line, so it does not show in {@code ps}.
 *
 * <p>{@code faultline matrix} uses it too, without the restart (a death is what it measures) and
 * with a lower file limit, so {@code fd-exhaust} reaches EMFILE quickly on any machine; a
 * process-mode server's workers inherit the limit.
 */
public final class ServerProcess {
  /** After SIGTERM, how long until what is left gets SIGKILL. */
  static final Duration TERM_GRACE = Duration.ofMillis(3_500);

  /** A stop takes at most this long, SIGKILL included. */
  static final Duration STOP_LIMIT = Duration.ofMillis(4_800);

  private final ServerSpec spec;
  private final String name;
  private final Path runDir;
  private final Console console;
  private final DeathClassifier classifier;
  private final ServerLog log;
  private final ServerRestarts restarts;
  private volatile DeathCause lastDeath;
  private volatile boolean announcedItsEnd;
  private volatile Process process;
  private volatile ChildOutput output;
  private volatile CompletableFuture<Void> ready = new CompletableFuture<>();
  private volatile boolean stopping;
  private volatile long startedAtNanos;
  private volatile Instant startedAt = Instant.MIN;

  /**
   * @param console where its facts go, each line prefixed with {@code [name]}
   */
  public ServerProcess(ServerSpec spec, Console console) {
    this.spec = spec;
    this.name = spec.name();
    this.runDir = spec.runDir();
    this.console = console;
    this.classifier = new DeathClassifier(runDir);
    this.log = new ServerLog(runDir);
    this.restarts = new ServerRestarts(name, console, this::start, this::pid);
  }

  /** Starts the server; the future completes when it says it is listening. */
  public synchronized CompletableFuture<Void> start() {
    if (stopping) {
      return CompletableFuture.failedFuture(
          new IllegalStateException(name + " server is stopping"));
    }
    CompletableFuture<Void> listening = new CompletableFuture<>();
    ready = listening;
    announcedItsEnd = false;
    Process p = launch();
    output =
        ChildOutput.pump("output-" + name, p.getInputStream(), line -> onLine(line, listening));
    p.onExit().thenAccept(this::onExit);
    return listening;
  }

  private Process launch() {
    try {
      Files.createDirectories(runDir);
      ProcessBuilder pb =
          new ProcessBuilder(ServeCommandLine.of(spec))
              .directory(runDir.toFile())
              .redirectErrorStream(true);
      pb.environment().put(ChaosGuard.TOKEN_ENV, spec.chaosToken());
      process = pb.start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the " + name + " server", e);
    }
    startedAtNanos = System.nanoTime();
    startedAt = Instant.now().minusSeconds(1);
    return process;
  }

  private void onLine(String line, CompletableFuture<Void> listening) {
    if (log.keep(line)) {
      console.line("[" + name + "] " + line);
    }
    if (line.contains(Server.LISTENING)) {
      listening.complete(null);
    }
    announcedItsEnd |= !stopping && LastWords.announceEnd(line);
  }

  private void onExit(Process dead) {
    if (stopping) {
      return;
    }
    long diedAt = System.nanoTime();
    Duration uptime = Duration.ofNanos(diedAt - startedAtNanos);
    ready.completeExceptionally(
        new IllegalStateException(name + " server died before it was listening"));
    lastDeath =
        classifier.classify(dead.pid(), dead.exitValue(), output.lastLinesAfterEnd(200), startedAt);
    String death =
        name
            + " server (pid "
            + dead.pid()
            + ") died after "
            + uptime.toMillis()
            + " ms up: "
            + lastDeath.describe();
    if (!spec.restartOnDeath()) {
      console.root(death);
      reportUnexpectedLines(dead);
      return;
    }
    Duration wait = restarts.afterDeath(death, diedAt, uptime);
    reportUnexpectedLines(dead);
    restarts.restartAfter(wait, diedAt);
  }

  /** SIGTERM, then SIGKILL to it and its workers if they are still there after the grace. */
  public void stop() {
    stopAll(List.of(this));
  }

  /**
   * Stops servers together, within {@link #STOP_LIMIT}: SIGTERM to each at once (a server drains
   * for its {@code --shutdown-grace}, then stops its workers), then SIGKILL to whatever of them and
   * their workers is still there when {@link #TERM_GRACE} is over.
   */
  public static void stopAll(List<ServerProcess> servers) {
    List<ProcessHandle> running =
        servers.stream()
            .map(ServerProcess::beginStop)
            .filter(p -> p != null && p.isAlive())
            .map(Process::toHandle)
            .toList();
    Termination.termThenKill(running, TERM_GRACE, STOP_LIMIT);
    servers.forEach(ServerProcess::afterStop);
  }

  /** Its output has ended (or soon will): one line if it printed anything but facts. */
  private void afterStop() {
    Process p = process;
    if (p != null && output != null) {
      output.lastLinesAfterEnd(500);
      reportUnexpectedLines(p);
    }
    log.close();
  }

  private synchronized Process beginStop() {
    stopping = true;
    restarts.stop();
    return process;
  }

  /** Once the server's output has ended: one line if it printed anything but facts. */
  private void reportUnexpectedLines(Process p) {
    String summary = log.summary();
    if (summary != null) {
      console.root(name + " server (pid " + p.pid() + "): " + summary);
    }
  }

  public CompletableFuture<Void> ready() {
    return ready;
  }

  public String name() {
    return name;
  }

  public int port() {
    return spec.port();
  }

  /** True while the server JVM runs; false before it started, after a death, after a stop. */
  public boolean alive() {
    Process p = process;
    return p != null && p.isAlive();
  }

  /** True once the running server said it is on its way out without being asked to stop. */
  public boolean announcedItsEnd() {
    ChildOutput out = output;
    return announcedItsEnd
        || (!stopping && out != null && LastWords.anyAnnouncesEnd(out.lastLines()));
  }

  /** Why the server last died (not counting a stop), or null if it never did. */
  public DeathCause lastDeath() {
    return lastDeath;
  }

  int restarts() {
    return restarts.count();
  }

  /** Deaths and comebacks so far, in order, for the report's timeline. */
  List<ServerEvent> events() {
    return restarts.events();
  }

  public long pid() {
    return process.pid();
  }
}
