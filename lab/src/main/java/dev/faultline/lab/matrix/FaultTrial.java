package dev.faultline.lab.matrix;

import dev.faultline.config.Mode;
import dev.faultline.lab.demo.Console;
import dev.faultline.lab.demo.FreePorts;
import dev.faultline.lab.demo.ServerProcess;
import dev.faultline.lab.demo.ServerSpec;
import dev.faultline.lab.observe.ServerStatus;
import dev.faultline.lab.observe.StatusClient;
import dev.faultline.supervisor.death.DeathCause;
import io.vertx.core.Vertx;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One fault, every mode of {@code --modes} side by side: a fresh server of each (never restarted: a
 * death is what is measured), the same background load at both (the client's, started together), a
 * baseline, one injection into each as soon as its baseline is answered (the same moment on a quiet
 * machine), and at the end of each window that server's state and {@code /status}. The two run side
 * by side, like the demo's, so a fault that burns CPU in one is felt by the other too: the
 * machine's cores are shared by everyone on it.
 */
final class FaultTrial {
  private static final long START_TIMEOUT_SECONDS = 120;
  private static final long STATUS_TIMEOUT_MS = 2_000;

  private final MatrixSettings settings;
  private final Vertx vertx;
  private final String token;
  private final List<CompletableFuture<Void>> stops = new ArrayList<>();

  FaultTrial(MatrixSettings settings, Vertx vertx, String token) {
    this.settings = settings;
    this.vertx = vertx;
    this.token = token;
  }

  /**
   * Runs the trial. Its servers are being stopped when it returns, whatever happened: in the
   * background, while the next trial's servers start (nothing is measured then); {@code afterStop}
   * runs once they are gone. {@link #awaitStopped()} waits for every trial's servers.
   */
  List<MatrixRow> run(String spec, Path dir, Console serverLog, Runnable afterStop)
      throws Exception {
    List<ServerProcess> servers =
        settings.modes().stream().map(m -> server(m.label(), m, dir, serverLog)).toList();
    try {
      servers.forEach(ServerProcess::start);
      try {
        CompletableFuture.allOf(
                servers.stream().map(ServerProcess::ready).toArray(CompletableFuture[]::new))
            .get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
      } catch (Exception e) {
        return servers.stream()
            .map(s -> MatrixRow.notRun(spec, s.name(), "server did not start: " + e))
            .toList();
      }
      return measure(spec, servers, dir, serverLog);
    } finally {
      stops.add(
          CompletableFuture.runAsync(() -> servers.parallelStream().forEach(ServerProcess::stop))
              .whenComplete((v, e) -> afterStop.run()));
    }
  }

  /**
   * Returns once the servers of every trial run so far are stopped (each stop is bounded: SIGTERM,
   * then SIGKILL).
   */
  void awaitStopped() {
    CompletableFuture.allOf(stops.toArray(CompletableFuture[]::new)).join();
  }

  private List<MatrixRow> measure(
      String spec, List<ServerProcess> servers, Path dir, Console serverLog) throws Exception {
    serverLog.line(TrialLog.phases(spec, settings.timeline(), System.nanoTime()));
    WebClient probes = WebClient.create(vertx, new WebClientOptions().setKeepAlive(false));
    try {
      List<Observed> observed =
          servers.stream().map(s -> observe(s, spec, probes, serverLog)).toList();
      List<MatrixRow> rows = new ArrayList<>();
      for (Observed o : observed) {
        rows.add(o.row(spec, settings, dir));
      }
      return rows;
    } finally {
      probes.close();
    }
  }

  private Observed observe(ServerProcess s, String spec, WebClient probes, Console serverLog) {
    CompletableFuture<String> faultAnswer = new CompletableFuture<>();
    CompletableFuture<End> end = new CompletableFuture<>();
    long windowMs = settings.window().toMillis();
    TrialLoad load =
        new TrialLoad(
            vertx,
            s.name(),
            s.port(),
            settings,
            new TrialLoad.Hooks() {
              @Override
              public void inject() {
                serverLog.line(
                    TrialLog.event(spec + ": fault sent to the " + s.name() + " server"));
                Probes.inject(probes, s.port(), spec, token, windowMs)
                    .thenAccept(faultAnswer::complete);
              }

              @Override
              public void windowEnded() {
                boolean alive = s.alive() && s.lastDeath() == null;
                serverLog.line(
                    TrialLog.event(spec + ": window over for the " + s.name() + " server"));
                StatusClient.loopback(probes, s.port())
                    .read(STATUS_TIMEOUT_MS)
                    .otherwiseEmpty()
                    .onComplete(
                        ar -> {
                          ServerStatus st = ar.result();
                          heartbeatGap(spec, s, st, serverLog);
                          end.complete(new End(alive, st));
                        });
              }
            });
    return new Observed(s, load.run(), faultAnswer, end);
  }

  /**
   * The liveness timeout's measured headroom in this trial: the longest silence of a worker that
   * spoke again, from the process server's /status ({@code grep "longest heartbeat"} over the
   * trials' servers.log gathers them).
   */
  private static void heartbeatGap(String spec, ServerProcess s, ServerStatus st, Console log) {
    ServerStatus.Longest gap = st == null ? null : st.longestHeartbeatGap();
    if (gap != null) {
      log.line(
          TrialLog.event(
              spec
                  + ": longest heartbeat silence of a worker of the "
                  + s.name()
                  + " server that spoke again: "
                  + (long) gap.ms()
                  + " ms"));
    }
  }

  private ServerProcess server(String name, Mode mode, Path dir, Console serverLog) {
    return new ServerProcess(
        ServerSpec.of(name, mode, FreePorts.pick(), settings.workers(), token, dir.resolve(name))
            .unitHeapMb(settings.unitHeapMb())
            .maxOpenFiles(settings.maxOpenFiles()),
        serverLog);
  }

  /**
   * A server at the end of the window: still running?, and its /status (null if it did not answer).
   */
  private record End(boolean alive, ServerStatus status) {}

  /** What was seen of one server; the futures are completed by its load and the load's hooks. */
  private record Observed(
      ServerProcess server,
      CompletableFuture<TrialLoad.Result> load,
      CompletableFuture<String> faultAnswer,
      CompletableFuture<End> end) {

    /**
     * Survival is judged once the load has drained, not only at the end of the window, and a JVM
     * that announced its end (shutdown hook running after {@code System.exit}, fatal-error banner,
     * OOM termination) has not survived even if it is still writing its last words.
     */
    MatrixRow row(String spec, MatrixSettings s, Path dir) throws Exception {
      long waitSeconds =
          s.timeline().windowEnd() / 1_000_000_000 + 3 * s.timeout().toSeconds() + 40;
      TrialLoad.Result got = load.get(waitSeconds, TimeUnit.SECONDS);
      TrialLog.writeSamples(TrialLog.samplesFile(dir, server.name()), got.samples());
      if (!got.injected()) {
        return MatrixRow.notRun(
            spec,
            server.name(),
            "fault never sent: baseline requests were still unanswered " + "when the load ended");
      }
      if (!got.windowComplete()) {
        return MatrixRow.notRun(
            spec,
            server.name(),
            "window cut short: the fault went out "
                + (got.timeline().injectAt() - s.timeline().injectAt()) / 1_000_000
                + " ms late, after the load's last request");
      }
      End e = end.get(waitSeconds, TimeUnit.SECONDS);
      String answer = faultAnswer.get(waitSeconds, TimeUnit.SECONDS);
      boolean survived =
          e.alive() && server.alive() && server.lastDeath() == null && !server.announcedItsEnd();
      DeathCause death = server.lastDeath();
      return MatrixRow.measured(
          spec,
          server.name(),
          TrialMeasure.of(got.samples(), got.timeline()),
          survived,
          CapacityLost.count(e.alive() ? e.status() : null, s.workers(), s.stuckAfter().toMillis()),
          answer,
          death == null ? "" : death.describe());
    }
  }
}
