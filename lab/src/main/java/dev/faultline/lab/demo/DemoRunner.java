package dev.faultline.lab.demo;

import dev.faultline.client.LoadReport;
import dev.faultline.client.LoadRun;
import dev.faultline.client.ReportFiles;
import dev.faultline.config.Durations;
import dev.faultline.config.ExitCodes;
import dev.faultline.config.IpcTransport;
import dev.faultline.config.LoadSettings;
import dev.faultline.config.Mode;
import dev.faultline.config.Supervision;
import dev.faultline.config.Target;
import dev.faultline.lab.dashboard.Dashboard;
import dev.faultline.lab.dashboard.DashboardSettings;
import dev.faultline.lab.observe.ServerStatus;
import dev.faultline.lab.observe.StatusClient;
import io.vertx.core.Vertx;
import io.vertx.ext.web.client.WebClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The root of {@code faultline demo}: starts a thread-mode and a process-mode server as child JVMs,
 * fires the same load and the same faults at both, and reports side by side. It never runs workload
 * code itself, so it outlives every fault.
 */
public final class DemoRunner {
  private static final long START_TIMEOUT_SECONDS = 120;
  private static final long WARMUP_SEED_SALT = 0x5EED_0F_3A_57L;
  private static final long FULL_STRENGTH_WAIT_SECONDS = 30;

  private final DemoSettings settings;
  private final Console console;
  private boolean withDashboard;
  private IpcTransport ipc = IpcTransport.DEFAULT;
  private Dashboard dashboard;

  public DemoRunner(DemoSettings settings, Console console) {
    this.settings = settings;
    this.console = console;
  }

  /** Also serve the live dashboard (its URL printed) while the measured load runs. */
  public DemoRunner withDashboard(boolean on) {
    this.withDashboard = on;
    return this;
  }

  /** The process-mode server's worker transport ({@code --ipc}). */
  public DemoRunner withIpc(IpcTransport transport) {
    this.ipc = transport;
    return this;
  }

  public int run() throws Exception {
    Path runDir = Files.createDirectories(settings.runDir());
    String token = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
    List<ServerProcess> servers =
        settings.modes().stream().map(m -> server(m.label(), m, token, runDir)).toList();
    Thread hook = new Thread(() -> ServerProcess.stopAll(servers), "demo-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    Vertx vertx = Vertx.vertx();
    try {
      startAll(servers);
      startDashboard(vertx, servers, token);
      warmUp(vertx, servers);
      LoadReport report = runLoad(vertx, servers, token);
      awaitFullStrength(vertx, servers);
      addRestartCounts(vertx, report, servers);
      markServerEvents(report, servers);
      ServerProcess.stopAll(servers);
      print(report, runDir);
      return ExitCodes.OK;
    } finally {
      if (dashboard != null) {
        dashboard.close();
      }
      ServerProcess.stopAll(servers);
      vertx.close();
      Runtime.getRuntime().removeShutdownHook(hook);
    }
  }

  private ServerProcess server(String name, Mode mode, String token, Path runDir) {
    return new ServerProcess(
        ServerSpec.of(name, mode, FreePorts.pick(), settings.workers(), token, runDir.resolve(name))
            .unitHeapMb(settings.unitHeapMb())
            .restartingOnDeath()
            .serveArgs(mode == Mode.PROCESS ? List.of("--ipc", ipc.label()) : List.of()),
        console);
  }

  /** {@code a thread-mode and a process-mode server}, for the modes in the order given. */
  private String kindsOfServer() {
    List<String> kinds = settings.modes().stream().map(m -> "a " + m.label() + "-mode").toList();
    String last = kinds.get(kinds.size() - 1);
    return kinds.size() == 1
        ? last + " server"
        : String.join(", ", kinds.subList(0, kinds.size() - 1)) + " and " + last + " server";
  }

  /** {@code the server}, {@code both servers}, {@code all 3 servers}. */
  private String theServers() {
    int n = settings.modes().size();
    return n == 1 ? "the server" : n == 2 ? "both servers" : "all " + n + " servers";
  }

  private void startAll(List<ServerProcess> servers) throws Exception {
    console.root(
        "starting "
            + kindsOfServer()
            + ", "
            + settings.workers()
            + " units each; run directory "
            + settings.runDir());
    servers.forEach(ServerProcess::start);
    CompletableFuture.allOf(
            servers.stream().map(ServerProcess::ready).toArray(CompletableFuture[]::new))
        .get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
  }

  /** Fresh JVMs run cold code: the same fault-free load warms each before anything is counted. */
  private void warmUp(Vertx vertx, List<ServerProcess> servers) throws Exception {
    if (settings.warmup().isZero()) {
      return;
    }
    console.root(
        "warming up "
            + theServers()
            + " for "
            + Durations.format(settings.warmup())
            + " (not counted)");
    LoadSettings warm =
        new LoadSettings(
            targets(servers),
            settings.rate(),
            settings.warmup(),
            settings.cost(),
            List.of(),
            LoadSettings.DEFAULT_FAULT_EVERY,
            settings.seed() ^ WARMUP_SEED_SALT,
            null,
            LoadSettings.DEFAULT_TIMEOUT,
            null);
    new LoadRun(vertx, warm, line -> {})
        .start()
        .get(warm.duration().toSeconds() + 60, TimeUnit.SECONDS);
  }

  private void startDashboard(Vertx vertx, List<ServerProcess> servers, String token)
      throws Exception {
    if (withDashboard) {
      dashboard = Dashboard.start(vertx, DashboardSettings.of(targets(servers), token));
      console.root("dashboard live at " + dashboard.url());
    }
  }

  private static List<Target> targets(List<ServerProcess> servers) {
    return servers.stream().map(s -> new Target(s.name(), "127.0.0.1", s.port())).toList();
  }

  private LoadReport runLoad(Vertx vertx, List<ServerProcess> servers, String token)
      throws Exception {
    List<Target> targets = targets(servers);
    LoadSettings load =
        new LoadSettings(
            targets,
            settings.rate(),
            settings.duration(),
            settings.cost(),
            settings.faults(),
            settings.faultEvery(),
            settings.seed(),
            token,
            LoadSettings.DEFAULT_TIMEOUT,
            null);
    console.root(
        String.format(
            "firing %.0f req/s at each server for %s, seed %d; faults %s every %s",
            load.rate(),
            Durations.format(load.duration()),
            load.seed(),
            load.faults().isEmpty() ? "none" : String.join(",", load.faults()),
            Durations.format(load.faultEvery())));
    LoadRun run = new LoadRun(vertx, load, console::line);
    return (dashboard != null ? dashboard.drive(run) : run.start())
        .get(load.duration().toSeconds() + 60, TimeUnit.SECONDS);
  }

  private void addRestartCounts(Vertx vertx, LoadReport report, List<ServerProcess> servers) {
    WebClient client = WebClient.create(vertx);
    for (ServerProcess s : servers) {
      report.put(s.name(), "serverRestarts", s.restarts());
      report.put(s.name(), "workerRestarts", workerRestarts(client, s));
    }
    client.close();
  }

  /** Each server's deaths and comebacks, on its timeline in the report. */
  private static void markServerEvents(LoadReport report, List<ServerProcess> servers) {
    servers.forEach(
        s ->
            s.events().forEach(e -> report.markEvent(s.name(), e.atNanos(), e.kind(), e.detail())));
  }

  /**
   * A worker that died late in the run may still be starting: wait (bounded) until each server says
   * all its units are ready again, so its "ready in N ms" line is shown and counted.
   */
  private void awaitFullStrength(Vertx vertx, List<ServerProcess> servers) {
    WebClient client = WebClient.create(vertx);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(FULL_STRENGTH_WAIT_SECONDS);
    for (ServerProcess s : servers) {
      while (!atFullStrength(client, s) && System.nanoTime() < deadline) {
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(200));
      }
    }
    client.close();
  }

  /** Down or restarting is not full strength; the demo's servers run no spare. */
  private static boolean atFullStrength(WebClient client, ServerProcess s) {
    return StatusClient.loopback(client, s.port())
        .readNow(Duration.ofSeconds(2))
        .map(st -> st.atFullStrength(Supervision.defaults().spares()))
        .orElse(false);
  }

  /**
   * Asks the server itself; a server that is down right now has replaced no worker we can count.
   */
  private static long workerRestarts(WebClient client, ServerProcess s) {
    return StatusClient.loopback(client, s.port())
        .readNow(Duration.ofSeconds(5))
        .map(ServerStatus::workerRestarts)
        .orElse(0L);
  }

  private void print(LoadReport report, Path runDir) throws IOException {
    console.line("");
    console.line(report.table());
    report.coordinatedOmissionNotes().forEach(console::root);
    new ReportFiles(settings.reportJson(), null, null, settings.reportHtml())
        .write(report, console::root);
    console.root("crash reports (hs_err) and server run directories are in " + runDir);
  }
}
