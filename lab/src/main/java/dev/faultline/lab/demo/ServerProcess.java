package dev.faultline.lab.demo;

import dev.faultline.chaos.ChaosGuard;
import dev.faultline.config.Durations;
import dev.faultline.config.Mode;
import dev.faultline.server.Main;
import dev.faultline.supervisor.death.DeathCause;
import dev.faultline.supervisor.death.DeathClassifier;
import dev.faultline.supervisor.launch.ChildOutput;
import dev.faultline.supervisor.launch.JavaCommand;
import dev.faultline.supervisor.serve.Server;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One server the demo root runs as a child JVM, like systemd would: started, its log kept whole in
 * {@code <run dir>/server.log} and its facts streamed with a {@code [name]} prefix (a {@link
 * ServerLog} tells which lines are facts; stack traces and library noise get one summary line once
 * the server has died or stopped), restarted when it dies (with one line saying why and how long it
 * was down), and stopped politely at the end. The chaos token reaches it through the environment,
 * never the command line, so it does not show in {@code ps}. The server watches its stdin, which
 * this root holds open: if the root dies, however it dies, the server follows.
 *
 * <p>{@code faultline matrix} uses it too, without the restart (a death is what it measures) and
 * with a lower file limit: with {@code maxOpenFiles > 0} the JVM is started through {@code sh -c
 * 'ulimit -n N; exec java ...'} (the same pid), so {@code fd-exhaust} reaches EMFILE quickly on any
 * machine; a process-mode server's workers inherit the limit.
 */
public final class ServerProcess {
  /**
   * The class a served child JVM starts: the server's entry point, launched as a process with
   * {@code serve ...} like any other command (the server module sits below the lab, so the lab
   * names it as code).
   */
  public static final String FAULTLINE_MAIN = Main.class.getName();

  /** Heap of a process-mode master: it runs no workload. */
  static final int MASTER_HEAP_MB = 128;

  /** How long a stopping server may drain (its {@code --shutdown-grace}). */
  static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(2);

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
  private final ScheduledExecutorService restarter;
  private final RestartBackoff backoff = new RestartBackoff();
  private final List<ServerEvent> events = new CopyOnWriteArrayList<>();
  private volatile DeathCause lastDeath;
  private volatile boolean announcedItsEnd;
  private volatile Process process;
  private volatile ChildOutput output;
  private volatile CompletableFuture<Void> ready = new CompletableFuture<>();
  private volatile boolean stopping;
  private volatile int restarts;
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
    this.restarter =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "restart-" + name);
              t.setDaemon(true);
              return t;
            });
  }

  /** Starts the server; the future completes when it says it is listening. */
  public synchronized CompletableFuture<Void> start() {
    if (stopping) {
      return CompletableFuture.failedFuture(
          new IllegalStateException(name + " server is stopping"));
    }
    try {
      Files.createDirectories(runDir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    CompletableFuture<Void> listening = new CompletableFuture<>();
    ready = listening;
    announcedItsEnd = false;
    ProcessBuilder pb =
        new ProcessBuilder(command()).directory(runDir.toFile()).redirectErrorStream(true);
    pb.environment().put(ChaosGuard.TOKEN_ENV, spec.chaosToken());
    try {
      process = pb.start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the " + name + " server", e);
    }
    startedAtNanos = System.nanoTime();
    startedAt = Instant.now().minusSeconds(1);
    Process p = process;
    output =
        ChildOutput.pump(
            "output-" + name,
            p.getInputStream(),
            line -> {
              if (log.keep(line)) {
                console.line("[" + name + "] " + line);
              }
              if (line.contains(Server.LISTENING)) {
                listening.complete(null);
              }
              announcedItsEnd |= !stopping && announcesEnd(line);
            });
    p.onExit().thenAccept(this::onExit);
    return listening;
  }

  private List<String> command() {
    List<String> java = javaCommand();
    int maxOpenFiles = spec.maxOpenFiles();
    if (maxOpenFiles <= 0) {
      return java;
    }
    // lowering a limit is always allowed; if the hard limit is already below N, it stays as it is
    List<String> cmd =
        new ArrayList<>(
            List.of("sh", "-c", "ulimit -n " + maxOpenFiles + " 2>/dev/null; exec \"$0\" \"$@\""));
    cmd.addAll(java);
    return cmd;
  }

  private List<String> javaCommand() {
    int heap = spec.mode() == Mode.THREAD ? spec.units() * spec.unitHeapMb() : MASTER_HEAP_MB;
    List<String> args =
        new ArrayList<>(
            List.of(
                "serve",
                "--mode",
                spec.mode().label(),
                "--port",
                String.valueOf(spec.port()),
                "--workers",
                String.valueOf(spec.units()),
                "--unit-heap-mb",
                String.valueOf(spec.unitHeapMb()),
                "--run-dir",
                runDir.toString(),
                "--exit-on-stdin-eof",
                "--shutdown-grace",
                Durations.format(SHUTDOWN_GRACE)));
    if (spec.haltsForGood()) {
      args.add("--exit-on-pool-exhausted"); // a halted pool exits 75, this root restarts it
    }
    args.addAll(spec.extraServeArgs());
    return spec.mode() == Mode.THREAD
        ? JavaCommand.forMain(heap, runDir, FAULTLINE_MAIN, args)
        : JavaCommand.forMaster(heap, runDir, FAULTLINE_MAIN, args);
  }

  private void onExit(Process dead) {
    if (stopping) {
      return;
    }
    long diedAt = System.nanoTime();
    long upMs = (diedAt - startedAtNanos) / 1_000_000;
    ready.completeExceptionally(
        new IllegalStateException(name + " server died before it was listening"));
    DeathCause cause =
        classifier.classify(dead.pid(), dead.exitValue(), output.lastLinesAfterEnd(200), startedAt);
    lastDeath = cause;
    if (!spec.restartOnDeath()) {
      console.root(
          name
              + " server (pid "
              + dead.pid()
              + ") died after "
              + upMs
              + " ms up: "
              + cause.describe());
      reportUnexpectedLines(dead);
      return;
    }
    restarts++;
    Duration wait = backoff.afterDeath(Duration.ofMillis(upMs));
    String line =
        name
            + " server (pid "
            + dead.pid()
            + ") died after "
            + upMs
            + " ms up: "
            + cause.describe()
            + "; restarting it "
            + (wait.isZero() ? "at once" : "in " + Durations.format(wait) + " (it keeps dying)")
            + " (restart #"
            + restarts
            + ")";
    events.add(new ServerEvent(diedAt, "died", line));
    console.root(line);
    reportUnexpectedLines(dead);
    try {
      restarter.schedule(() -> restart(diedAt), wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      // stopping meanwhile: nothing to restart
    }
  }

  private void restart(long diedAt) {
    if (stopping) {
      return;
    }
    try {
      start().get(90, TimeUnit.SECONDS);
      long backAt = System.nanoTime();
      String line =
          name
              + " server is back (pid "
              + process.pid()
              + ") after "
              + (backAt - diedAt) / 1_000_000
              + " ms down";
      events.add(new ServerEvent(backAt, "back", line));
      console.root(line);
    } catch (Exception e) {
      if (!stopping) {
        console.root(name + " server did not come back: " + e);
      }
    }
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
    List<ProcessHandle> all = new ArrayList<>();
    for (ServerProcess s : servers) {
      Process p = s.beginStop();
      if (p != null && p.isAlive()) {
        p.descendants().forEach(all::add);
        all.add(p.toHandle());
        p.destroy();
      }
    }
    long deadline = System.nanoTime() + TERM_GRACE.toNanos();
    for (ProcessHandle h : all) {
      awaitExit(h, deadline);
    }
    all.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    long killDeadline = System.nanoTime() + STOP_LIMIT.minus(TERM_GRACE).toNanos();
    all.forEach(h -> awaitExit(h, killDeadline));
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
    restarter.shutdownNow();
    return process;
  }

  private static void awaitExit(ProcessHandle h, long deadlineNanos) {
    try {
      h.onExit().get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException | ExecutionException e) {
      // the caller kills it
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
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

  /**
   * True once the running server said it is on its way out without being asked to stop: its
   * shutdown hook ran (after {@code System.exit}), the JVM printed its fatal-error banner (a native
   * crash, hs_err being written) or it is terminating on an OutOfMemoryError. A JVM doing any of
   * that is still alive for a moment, but it is dying.
   */
  public boolean announcedItsEnd() {
    ChildOutput out = output;
    return announcedItsEnd
        || (!stopping
            && out != null
            && out.lastLines().stream().anyMatch(ServerProcess::announcesEnd));
  }

  static boolean announcesEnd(String line) {
    return line.endsWith(" " + Server.STOPPING)
        || line.contains(" " + Server.STOPPING + " (")
        || line.startsWith("# A fatal error has been detected")
        || line.startsWith("Terminating due to java.lang.OutOfMemoryError");
  }

  /** Why the server last died (not counting a stop), or null if it never did. */
  public DeathCause lastDeath() {
    return lastDeath;
  }

  int restarts() {
    return restarts;
  }

  /** Deaths and comebacks so far, in order, for the report's timeline. */
  List<ServerEvent> events() {
    return List.copyOf(events);
  }

  public long pid() {
    return process.pid();
  }
}
