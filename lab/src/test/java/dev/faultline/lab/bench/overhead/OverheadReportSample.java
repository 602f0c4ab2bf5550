package dev.faultline.lab.bench.overhead;

import dev.faultline.config.IpcTransport;
import dev.faultline.lab.bench.proc.ContextSwitches;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code bench overhead} report made by the benchmark's own code ({@link Measures} turns inputs
 * into goals, {@link BenchOverheadCommand#report} writes the JSON, {@link OverheadPage} the page),
 * without its two minutes of servers: the throughput and restart inputs are given, the private
 * memory is this JVM's own, read from {@code smaps_rollup}. The JSON's shape cannot drift from a
 * real run's: the same code writes both. Met and missed goals both occur.
 */
public final class OverheadReportSample {
  private OverheadReportSample() {}

  public static JsonObject report() throws Exception {
    Measures m = new Measures();
    List<Goal> goals = new ArrayList<>();
    goals.add(m.throughput(0, 32, 21_000, 9_000));
    goals.add(m.throughput(20, 8, 3_000, 2_900));
    for (IpcTransport t : IpcTransport.values()) {
      goals.add(m.transportThroughput(t.label(), 20_000, 15_000));
    }
    goals.add(
        m.contextSwitches(
            new ContextSwitches(60_000, 4_000),
            25_000,
            new ContextSwitches(240_000, 9_000),
            25_000));
    goals.add(m.privateMemory(List.of(ProcessHandle.current())));
    List<JsonObject> ready = new ArrayList<>();
    for (long ms : new long[] {180, 210, 260}) {
      ready.add(new JsonObject().put("readyMs", ms).put("readyAfterDeathMs", ms + 40.0));
    }
    goals.addAll(m.restarts("alone", ready));
    return BenchOverheadCommand.report(goals, 1234, IpcTransport.values()[0]);
  }

  public static String page() throws Exception {
    return OverheadPage.render(report());
  }
}
