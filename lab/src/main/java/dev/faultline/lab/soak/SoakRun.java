package dev.faultline.lab.soak;

import dev.faultline.config.Durations;
import dev.faultline.config.ExitCodes;
import dev.faultline.config.Mode;
import dev.faultline.lab.demo.Console;
import dev.faultline.lab.demo.FreePorts;
import dev.faultline.lab.demo.ServerProcess;
import dev.faultline.lab.demo.ServerSpec;
import dev.faultline.lab.observe.CrashEvents;
import dev.faultline.lab.observe.StatusClient;
import io.vertx.core.Vertx;
import io.vertx.ext.web.client.WebClient;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * {@code faultline soak}: a process-mode server under steady load while the soak causes worker
 * deaths of every kind (faulted requests, and signals from outside during requests and during boot)
 * at a pace the budget allows, with bursts beyond it; then it checks the server survived it all
 * intact ({@link SoakChecks}). Every wait is bounded; the whole soak by {@link
 * SoakSettings#timeLimit()}.
 */
public final class SoakRun {
  private static final Duration START_LIMIT = Duration.ofSeconds(120);
  private static final Duration WARMUP = Duration.ofSeconds(5);
  private static final Duration SETTLE = Duration.ofSeconds(3);

  private final SoakSettings s;
  private final PrintStream out;
  private final Path serverDir;
  private final int port = FreePorts.pick();
  private final String token = UUID.randomUUID().toString();
  private final List<Burst> bursts = new ArrayList<>();
  private final List<SoakLoad> loads = new ArrayList<>();

  public SoakRun(SoakSettings s, PrintStream out) {
    this.s = s;
    this.out = out;
    this.serverDir = s.runDir().resolve("server");
  }

  /** Runs the soak and prints its checks; returns 0 if all passed, else the documented status. */
  public int run() throws Exception {
    Files.createDirectories(s.runDir());
    ServerProcess server =
        new ServerProcess(
            ServerSpec.of("soak", Mode.PROCESS, port, s.workers(), token, serverDir)
                .unitHeapMb(s.unitHeapMb())
                .pausingWhenExhausted()
                .serveArgs(
                    List.of(
                        "--spares",
                        "1",
                        "--restart-period",
                        Durations.format(SoakSettings.BUDGET_PERIOD),
                        "--restart-backoff-reset-after",
                        Durations.format(SoakSettings.BACKOFF_RESET_AFTER))),
            new Console(new PrintStream(OutputStream.nullOutputStream())));
    Vertx vertx = Vertx.vertx();
    try {
      return soak(server, vertx);
    } finally {
      server.stop();
      vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
  }

  private int soak(ServerProcess server, Vertx vertx) throws Exception {
    out.printf(
        "soak: %d deaths against a process-mode server (%d workers + 1 spare, budget 10 restarts"
            + " in %s; deaths from outside spend none of it), %.0f req/s without a fault; run dir %s%n",
        s.crashes(),
        s.workers(),
        Durations.format(SoakSettings.BUDGET_PERIOD),
        s.rate(),
        serverDir);
    long startedAtNanos = System.nanoTime();
    try {
      server.start().get(START_LIMIT.toSeconds(), TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      out.println("FAIL start: the server did not start: " + e + "; see " + serverDir);
      return ExitCodes.SOAK_CHECKS_FAILED;
    }
    long master = server.pid();
    StatusProbe status = new StatusProbe(StatusClient.loopback(WebClient.create(vertx), port));
    if (awaitFullStrength(status, START_LIMIT) == null) {
      out.println("FAIL start: the pool never reached full strength");
      return ExitCodes.SOAK_CHECKS_FAILED;
    }
    long deadline = System.nanoTime() + s.timeLimit().toNanos();
    SoakLoad steady = load(vertx, s.rate(), s.timeLimit(), List.of(), Burst.FAULT_EVERY);
    OutsideCauses.sleep(WARMUP.toMillis());
    OutsideCauses causes = new OutsideCauses(status, s.seed());
    MasterFacts before = cause(vertx, status, causes, deadline, master);
    steady.stop();
    Duration back = awaitFullStrength(status, Burst.RECOVERY_LIMIT);
    OutsideCauses.sleep(SETTLE.toMillis());
    SoakChecks checks = new SoakChecks(new SoakReport(out), s, serverDir, master);
    checks.whileUp(server, status, before, back);
    server.stop();
    checks.afterStop(new CrashEvents(serverDir), causes.sent(), bystanders(), bursts);
    List<String> failed = checks.failed();
    out.printf(
        "soak: %s in %.1f min, from the server's start to its stop%n",
        failed.isEmpty() ? "every check passed" : "FAILED " + String.join(", ", failed),
        (System.nanoTime() - startedAtNanos) / 60e9);
    return failed.isEmpty() ? ExitCodes.OK : ExitCodes.SOAK_CHECKS_FAILED;
  }

  /**
   * Until N deaths (or the time limit): signals at their pace, the bursts at their points. Returns
   * the master's baseline, taken once the first burst is over: by then every kind of death and one
   * pause with its recovery have run, its heap has grown to its working size and its code is
   * compiled, so what grows after it is what more deaths cost.
   */
  private MasterFacts cause(
      Vertx vertx, StatusProbe status, OutsideCauses causes, long deadline, long master) {
    CrashEvents events = new CrashEvents(serverDir);
    MasterFacts baseline = null;
    int next = 1;
    int told = 0;
    int step = 0;
    for (int deaths = 0; deaths < s.crashes() && System.nanoTime() < deadline; step++) {
      if (next <= s.bursts() && deaths >= s.crashes() * next / (s.bursts() + 1)) {
        awaitFullStrength(status, Burst.RECOVERY_LIMIT);
        bursts.add(burst(vertx, status, next++));
      } else if (status.read().map(st -> "serving".equals(st.phase())).orElse(false)) {
        causeOne(vertx, causes, step);
      }
      OutsideCauses.sleep(SoakSettings.STEP.toMillis());
      deaths = events.deaths().size();
      if (baseline == null && !bursts.isEmpty()) {
        baseline = MasterFacts.of(master);
      }
      if (deaths >= told + 25) {
        told = deaths - deaths % 25;
        out.printf("soak: %d of %d deaths so far%n", deaths, s.crashes());
      }
    }
    return baseline != null ? baseline : MasterFacts.of(master);
  }

  /** Every few steps a faulted request (the faults in turn), else a signal from outside. */
  private void causeOne(Vertx vertx, OutsideCauses causes, int step) {
    if (step % SoakSettings.FAULT_EVERY_STEPS == 0) {
      String fault =
          SoakLoad.FAULTS.get(step / SoakSettings.FAULT_EVERY_STEPS % SoakLoad.FAULTS.size());
      load(vertx, 1, Duration.ofSeconds(1), List.of(fault), Duration.ofMillis(900));
    } else {
      causes.next();
    }
  }

  private Burst burst(Vertx vertx, StatusProbe status, int number) {
    SoakLoad burst = load(vertx, 5, Burst.LENGTH, SoakLoad.FAULTS, Burst.FAULT_EVERY);
    try {
      burst.await(Burst.LENGTH.plusSeconds(40));
    } catch (Exception e) {
      burst.stop();
    }
    long faults = burst.faulted().values().stream().mapToLong(Long::longValue).sum();
    Burst b = new Burst(number, faults, awaitFullStrength(status, Burst.RECOVERY_LIMIT));
    out.println("soak: " + b.describe());
    return b;
  }

  private SoakLoad load(
      Vertx vertx, double rate, Duration length, List<String> faults, Duration faultEvery) {
    SoakLoad load = new SoakLoad(vertx, port, rate, length, faults, faultEvery, token);
    loads.add(load);
    load.start();
    return load;
  }

  /** Waits, bounded, for every slot and the spare ready and the pool serving; null if never. */
  private Duration awaitFullStrength(StatusProbe status, Duration limit) {
    long start = System.nanoTime();
    while (System.nanoTime() - start < limit.toNanos()) {
      if (status.read().map(st -> st.atFullStrength(1)).orElse(false)) {
        return Duration.ofNanos(System.nanoTime() - start);
      }
      OutsideCauses.sleep(100);
    }
    return null;
  }

  private Map<String, Long> bystanders() {
    Map<String, Long> all = new HashMap<>();
    loads.forEach(l -> l.bystanders().forEach((k, v) -> all.merge(k, v, Long::sum)));
    return all;
  }
}
