package dev.faultline.lab.bench.overhead;

import dev.faultline.client.LoadReport;
import dev.faultline.lab.bench.proc.ContextSwitches;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** Turns what the benchmark measured into its goals, with the numbers behind each. */
final class Measures {
  /** Spawn to ready: 200 ms on JDK 17 (AppCDS), 150 ms from JDK 24 on (AOT cache). */
  static final double SPAWN_GOAL_MS = Runtime.version().feature() >= 24 ? 150 : 200;

  /**
   * 4 workers starting together on 2 cores, spawn to ready, over one alone: 2x is the CPU's floor.
   */
  static final double TOGETHER_RATIO_GOAL = 2.6;

  static final double DEATH_TO_READY_GOAL_MS = 300;

  /** Process mode's max throughput over thread mode's: a trivial request, a ~1 ms one. */
  static final double TRIVIAL_THROUGHPUT_GOAL = 0.7;

  static final double ONE_MS_THROUGHPUT_GOAL = 0.9;

  static final double PRIVATE_MIB_GOAL = 30;
  static final double P50_RATIO_GOAL = 1.25;
  static final double LATE_PERCENT_GOAL = 1;

  /** Process mode's context switches per request, at most this many times thread mode's. */
  static final double SWITCH_RATIO_GOAL = 1.5;

  Goal throughput(int cost, int connections, double thread, double process) {
    return new Goal(
        String.format(
            Locale.ROOT,
            "max throughput, cost %d, %d connections: process / thread",
            cost,
            connections),
        thread > 0 ? process / thread : null,
        "x",
        true,
        cost == 0 ? TRIVIAL_THROUGHPUT_GOAL : ONE_MS_THROUGHPUT_GOAL,
        String.format(Locale.ROOT, "thread %.0f req/s, process %.0f req/s", thread, process));
  }

  /** The trivial request's ratio on one IPC transport, against the same thread-mode figure. */
  Goal transportThroughput(String transport, double thread, double process) {
    return new Goal(
        "max throughput, cost 0, --ipc " + transport + " (short run): process / thread",
        thread > 0 ? process / thread : null,
        "x",
        true,
        TRIVIAL_THROUGHPUT_GOAL,
        String.format(Locale.ROOT, "thread %.0f req/s, process %.0f req/s", thread, process));
  }

  List<Goal> latency(LoadReport both, String thread, String process) {
    JsonObject t = both.target(thread);
    JsonObject p = both.target(process);
    double tp50 = p50(t);
    double pp50 = p50(p);
    long late = t.getLong("late") + p.getLong("late");
    long sent = t.getLong("sent") + p.getLong("sent");
    return List.of(
        new Goal(
            "p50 at 1,000 req/s, cost 2, both at once: process / thread",
            tp50 > 0 ? pp50 / tp50 : null,
            "x",
            false,
            P50_RATIO_GOAL,
            String.format(
                Locale.ROOT,
                "p50 thread %.3f ms, process %.3f ms; p99 thread %.3f ms, process %.3f ms",
                tp50,
                pp50,
                p99(t),
                p99(p))),
        new Goal(
            "requests the client sent late (> 10 ms behind)",
            sent == 0 ? null : 100.0 * late / sent,
            "%",
            false,
            LATE_PERCENT_GOAL,
            late + " of " + sent + "; " + both.clientLine()));
  }

  /**
   * Context switches per answered request of each mode's processes (a thread-mode server; a master
   * and its workers), voluntary and involuntary, over the same paced load.
   */
  Goal contextSwitches(
      ContextSwitches thread, long threadOk, ContextSwitches process, long processOk) {
    Double t = perRequest(thread, threadOk);
    Double p = perRequest(process, processOk);
    return new Goal(
        "context switches per request at 1,000 req/s, both at once: process / thread",
        t == null || p == null || t == 0 ? null : p / t,
        "x",
        false,
        SWITCH_RATIO_GOAL,
        String.format(
            Locale.ROOT,
            "thread %s per request (%d voluntary, %d involuntary, %d ok), "
                + "process %s (%d, %d, %d ok)",
            t == null ? "-" : String.format(Locale.ROOT, "%.2f", t),
            thread.voluntary(),
            thread.involuntary(),
            threadOk,
            p == null ? "-" : String.format(Locale.ROOT, "%.2f", p),
            process.voluntary(),
            process.involuntary(),
            processOk),
        new JsonObject()
            .put("threadMode", switchesJson(thread, threadOk, t))
            .put("processMode", switchesJson(process, processOk, p)));
  }

  private static Double perRequest(ContextSwitches c, long ok) {
    return ok == 0 ? null : (double) c.total() / ok;
  }

  private static JsonObject switchesJson(ContextSwitches c, long ok, Double perRequest) {
    return new JsonObject()
        .put("requestsOk", ok)
        .put("voluntary", c.voluntary())
        .put("involuntary", c.involuntary())
        .put("switchesPerRequest", perRequest);
  }

  Goal privateMemory(List<ProcessHandle> workers) {
    List<Long> kib =
        workers.stream().map(w -> PrivateMemory.kib(w.pid())).filter(k -> k > 0).toList();
    double maxMib = kib.stream().mapToLong(Long::longValue).max().orElse(-1) / 1024.0;
    return new Goal(
        "private memory per extra worker after ~1 min of load (largest)",
        kib.isEmpty() ? null : maxMib,
        "MiB",
        false,
        PRIVATE_MIB_GOAL,
        "Private_Clean + Private_Dirty of smaps_rollup, per worker (MiB): "
            + kib.stream().map(k -> String.format(Locale.ROOT, "%.1f", k / 1024.0)).toList());
  }

  /** Spawn to ready and death noticed to ready, medians of the replacements' ready lines. */
  List<Goal> restarts(String how, List<JsonObject> ready) {
    List<Goal> goals = new ArrayList<>();
    goals.add(
        median("worker spawn to ready, " + how, ready, r -> r.getLong("readyMs"), SPAWN_GOAL_MS));
    goals.add(
        median(
            "worker death noticed to replacement ready, " + how,
            ready,
            r -> r.getDouble("readyAfterDeathMs", -1.0),
            DEATH_TO_READY_GOAL_MS));
    return goals;
  }

  /** The median spawn-to-ready of 4 starting together over that of one alone. */
  Goal startingTogether(List<JsonObject> alone, List<JsonObject> together) {
    Double a = StartPhaseTable.median(readyMs(alone));
    Double t = StartPhaseTable.median(readyMs(together));
    return new Goal(
        "worker spawn to ready, 4 together / alone",
        a == null || t == null || a == 0 ? null : t / a,
        "x",
        false,
        TOGETHER_RATIO_GOAL,
        String.format(
            Locale.ROOT, "medians %s / %s ms on JDK %d", t, a, Runtime.version().feature()));
  }

  private static double[] readyMs(List<JsonObject> ready) {
    return ready.stream().mapToDouble(r -> r.getLong("readyMs")).toArray();
  }

  private static Goal median(
      String name, List<JsonObject> ready, ToDoubleFunction<JsonObject> value, double goal) {
    double[] v = ready.stream().mapToDouble(value).filter(x -> x >= 0).sorted().toArray();
    Double median = v.length == 0 ? null : (v[(v.length - 1) / 2] + v[v.length / 2]) / 2;
    return new Goal(
        name,
        median,
        "ms",
        false,
        goal,
        "median of " + v.length + " on JDK " + Runtime.version().feature() + ": " + samples(v));
  }

  private static String samples(double[] v) {
    List<String> s = new ArrayList<>();
    for (double x : v) {
      s.add(String.format(Locale.ROOT, "%.0f", x));
    }
    return String.join(", ", s);
  }

  private static double p50(JsonObject target) {
    return target.getJsonObject("latencyMs").getDouble("p50");
  }

  private static double p99(JsonObject target) {
    return target.getJsonObject("latencyMs").getDouble("p99");
  }
}
