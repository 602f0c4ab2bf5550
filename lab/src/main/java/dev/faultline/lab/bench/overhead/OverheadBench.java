package dev.faultline.lab.bench.overhead;

import dev.faultline.client.LoadReport;
import dev.faultline.config.IpcTransport;
import dev.faultline.config.Mode;
import dev.faultline.lab.bench.proc.ContextSwitches;
import dev.faultline.lab.demo.Console;
import dev.faultline.lab.demo.FreePorts;
import dev.faultline.lab.demo.ServerProcess;
import dev.faultline.lab.demo.ServerSpec;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * {@code faultline bench overhead}: what process mode costs next to thread mode, measured side by
 * side in one run on fresh servers, each figure against its goal (issue 10). About a minute of load
 * on one pair of servers (2 units each): warm-up, max throughput of each mode alone for a trivial
 * and a ~1 ms request, then both driven at once at 1,000 req/s with a ~100 µs request, counting the
 * context switches of every process of each mode per answered request; then the workers' private
 * memory; then workers killed one at a time, and on a fresh 4-worker server all four at once, for
 * spawn-to-ready and death-to-ready. The main process-mode server talks to its workers over {@code
 * --ipc}; then each transport gets a short trivial-request max-throughput run on a fresh server of
 * its own, each beside a run of the thread server of the same length.
 */
final class OverheadBench {
  static final int UNITS = 2;
  static final int UNIT_HEAP_MB = 64;
  private static final Duration MAX_RATE_RUN = Duration.ofSeconds(7);
  private static final Duration PACED_RUN = Duration.ofSeconds(25);
  private static final Duration TRANSPORT_WARMUP = Duration.ofSeconds(5);
  private static final Duration TRANSPORT_RUN = Duration.ofSeconds(3);

  /** Fast restarts for the kills: a slot's backoff resets after 1 s up, and no budget runs out. */
  private static final List<String> RESTART_ARGS =
      List.of("--restart-intensity", "1000", "--restart-backoff-reset-after", "1s");

  private final Vertx vertx;
  private final Console console;
  private final Path runDir;
  private final LoadPhases load;
  private final Measures measures = new Measures();
  private final StartPhaseTable startPhases = new StartPhaseTable();
  private final IpcTransport ipc;

  OverheadBench(Vertx vertx, Console console, Path runDir, IpcTransport ipc) {
    this.vertx = vertx;
    this.console = console;
    this.runDir = runDir;
    this.load = new LoadPhases(vertx);
    this.ipc = ipc;
  }

  List<Goal> run() throws Exception {
    List<Goal> goals = new ArrayList<>();
    List<JsonObject> alone;
    ServerProcess thread = server("thread", Mode.THREAD, UNITS);
    ServerProcess process = server("process", Mode.PROCESS, UNITS);
    try {
      startAll(thread, process);
      goals.addAll(underLoad(thread, process));
      goals.addAll(perTransport(thread));
      goals.add(measures.privateMemory(restarts(process).workers()));
      thread.stop();
      alone = killOneAtATime(restarts(process), 6);
      goals.addAll(measures.restarts("alone", alone));
    } finally {
      thread.stop();
      process.stop();
    }
    ServerProcess four = server("process4", Mode.PROCESS, 4);
    try {
      startAll(four);
      List<JsonObject> together = killAllAtOnce(restarts(four), 2);
      goals.addAll(measures.restarts("4 starting together", together));
      goals.add(measures.startingTogether(alone, together));
      startPhases.add("alone", alone);
      startPhases.add("4 starting together", together);
    } finally {
      four.stop();
    }
    return goals;
  }

  /** Where the starts measured by {@link #run()} went, phase by phase. */
  StartPhaseTable startPhases() {
    return startPhases;
  }

  private List<Goal> underLoad(ServerProcess thread, ServerProcess process) throws Exception {
    console.root("warming up both servers (5 s at 500 req/s, not counted)");
    load.paced(List.of(thread, process), 500, 2, Duration.ofSeconds(5));
    List<Goal> goals = new ArrayList<>();
    for (int[] costAndConnections : new int[][] {{0, 32}, {20, 8}}) {
      int cost = costAndConnections[0];
      int connections = costAndConnections[1];
      console.root("max throughput, cost " + cost + ", " + connections + " connections");
      double t = load.maxRate(thread, cost, connections, MAX_RATE_RUN);
      double p = load.maxRate(process, cost, connections, MAX_RATE_RUN);
      goals.add(measures.throughput(cost, connections, t, p));
    }
    console.root("both modes at once: 1,000 req/s each, cost 2, " + PACED_RUN.toSeconds() + " s");
    ContextSwitches t0 = ContextSwitches.ofTree(thread.pid());
    ContextSwitches p0 = ContextSwitches.ofTree(process.pid());
    LoadReport both = load.paced(List.of(thread, process), 1000, 2, PACED_RUN);
    ContextSwitches t = ContextSwitches.ofTree(thread.pid()).minus(t0);
    ContextSwitches p = ContextSwitches.ofTree(process.pid()).minus(p0);
    console.line(both.table());
    goals.addAll(measures.latency(both, thread.name(), process.name()));
    goals.add(measures.contextSwitches(t, ok(both, thread), p, ok(both, process)));
    return goals;
  }

  private static long ok(LoadReport r, ServerProcess s) {
    return r.target(s.name()).getLong("ok");
  }

  /**
   * One short trivial-request run per transport, each on a fresh 2-worker server, right after a run
   * of the same length on the thread server: each row's ratio is of two runs seconds apart.
   */
  private List<Goal> perTransport(ServerProcess thread) throws Exception {
    List<Goal> goals = new ArrayList<>();
    for (IpcTransport t : IpcTransport.values()) {
      ServerProcess s = server("process-" + t.label(), Mode.PROCESS, UNITS, t);
      try {
        startAll(s);
        console.root("max throughput over --ipc " + t.label() + ", cost 0, 32 connections");
        load.maxRate(s, 0, 32, TRANSPORT_WARMUP); // not counted: a fresh JIT, as the others had
        double threadRate = load.maxRate(thread, 0, 32, TRANSPORT_RUN);
        double p = load.maxRate(s, 0, 32, TRANSPORT_RUN);
        goals.add(measures.transportThroughput(t.label(), threadRate, p));
      } finally {
        s.stop();
      }
    }
    return goals;
  }

  private List<JsonObject> killOneAtATime(WorkerRestarts w, int kills) {
    console.root("killing workers one at a time (" + kills + " kills)");
    List<JsonObject> ready = new ArrayList<>();
    for (int i = 0; i < kills; i++) {
      ready.addAll(w.killAndAwait(1));
      pauseForBackoffReset();
    }
    return ready;
  }

  private List<JsonObject> killAllAtOnce(WorkerRestarts w, int rounds) {
    console.root("killing all 4 workers at once (" + rounds + " rounds)");
    List<JsonObject> ready = new ArrayList<>();
    for (int i = 0; i < rounds; i++) {
      ready.addAll(w.killAndAwait(4));
      pauseForBackoffReset();
    }
    return ready;
  }

  /** Longer than the benchmark's backoff reset: every kill is its slot's first in a row. */
  private static void pauseForBackoffReset() {
    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1_300));
  }

  private WorkerRestarts restarts(ServerProcess s) {
    return new WorkerRestarts(s.pid(), runDir.resolve(s.name()));
  }

  private ServerProcess server(String name, Mode mode, int units) {
    return server(name, mode, units, ipc);
  }

  private ServerProcess server(String name, Mode mode, int units, IpcTransport transport) {
    List<String> extra = new ArrayList<>();
    if (mode == Mode.PROCESS) {
      extra.addAll(RESTART_ARGS);
      extra.addAll(List.of("--ipc", transport.label()));
    }
    return new ServerProcess(
        ServerSpec.of(
                name,
                mode,
                FreePorts.pick(),
                units,
                "bench-overhead-" + ProcessHandle.current().pid(),
                runDir.resolve(name))
            .unitHeapMb(UNIT_HEAP_MB)
            .serveArgs(extra),
        console);
  }

  private static void startAll(ServerProcess... servers) throws Exception {
    for (ServerProcess s : servers) {
      s.start().get(120, TimeUnit.SECONDS);
    }
  }
}
