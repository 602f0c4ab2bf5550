package dev.faultline.lab.bench.part;

import dev.faultline.client.LoadReport;
import dev.faultline.lab.bench.ipc.Placement;
import dev.faultline.lab.bench.ipc.RoundTripResult;
import dev.faultline.lab.bench.ipc.RoundTrips;
import dev.faultline.lab.bench.proc.ContextSwitches;
import dev.faultline.lab.bench.verdict.ClaimResult;
import dev.faultline.lab.bench.verdict.LessonClaim;
import dev.faultline.lab.bench.verdict.SwitchRule;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;

/**
 * Claim 5. The cost of a switch: a ping-pong over pipes pinned to one core, where every round trip
 * is two switches, thread to thread ({@code thread-pipe}) against process to process ({@code
 * pipe}): the same system calls, only the switch differs. Talking: a hand-off between two threads
 * against a Unix domain socket round trip between two JVMs, a core each. Under the same load:
 * context switches per answered request in each mode, from every task's status.
 */
final class SwitchPart implements Part {
  @Override
  public String name() {
    return "switch";
  }

  @Override
  public LessonClaim claim() {
    return LessonClaim.SWITCH;
  }

  @Override
  public Duration bound() {
    return Duration.ofSeconds(90);
  }

  @Override
  public PartResult run(PartContext ctx) throws Exception {
    RoundTripResult threadPipe = measure(ctx, "thread-pipe", Placement.ONE_CORE);
    RoundTripResult processPipe = measure(ctx, "pipe", Placement.ONE_CORE);
    RoundTripResult handOff = measure(ctx, "thread", Placement.TWO_CORES);
    RoundTripResult uds = measure(ctx, "uds", Placement.TWO_CORES);
    JsonObject numbers =
        new JsonObject()
            .put("threadSwitchUs", threadPipe.p50Us() / 2)
            .put("processSwitchUs", processPipe.p50Us() / 2)
            .put("threadHandOffUs", handOff.p50Us())
            .put("processUdsRoundTripUs", uds.p50Us());
    try (ServedModes modes = ServedModes.start(ctx)) {
      perRequest(ctx, modes, numbers);
    }
    SwitchRule.Input in =
        new SwitchRule.Input(
            numbers.getDouble("threadSwitchUs"),
            numbers.getDouble("processSwitchUs"),
            numbers.getDouble("threadHandOffUs"),
            numbers.getDouble("processUdsRoundTripUs"));
    ClaimResult claim =
        new ClaimResult(
            claim(),
            name(),
            "pipe ping-pong pinned to one core, half a round trip per switch, threads vs processes; "
                + "thread hand-off vs UDS round trip on two cores; context switches per request",
            numbers,
            SwitchRule.judge(in));
    return new PartResult(name(), numbers.copy(), claim, markdown(numbers));
  }

  private static RoundTripResult measure(PartContext ctx, String kind, Placement where)
      throws IOException {
    PartSettings s = ctx.settings();
    RoundTripResult r =
        RoundTrips.run(
            kind,
            where,
            new ChildEchoSide(ctx.children(), where.echoCpu()),
            new RoundTrips.Bounds(IpcPart.WARMUP, s.roundTrips(), s.ipcTime()));
    ctx.say(IpcPart.line(r));
    if (!r.ok()) {
      throw new IOException(kind + " " + where.name() + " could not run: " + r.error());
    }
    return r;
  }

  private static void perRequest(PartContext ctx, ServedModes modes, JsonObject into)
      throws Exception {
    ContextSwitches t0 = ContextSwitches.of(modes.threadPid());
    ContextSwitches p0 = processMode(modes);
    LoadReport r = modes.load(ctx);
    ContextSwitches t = ContextSwitches.of(modes.threadPid()).minus(t0);
    ContextSwitches p = processMode(modes).minus(p0);
    long okT = ServedModes.ok(r, ServedModes.THREAD);
    long okP = ServedModes.ok(r, ServedModes.PROCESS);
    into.put("threadMode", perRequestJson(t, okT)).put("processMode", perRequestJson(p, okP));
    ctx.say(
        String.format(
            Locale.ROOT,
            "context switches per request: thread mode %.1f (%d voluntary, %d involuntary, %d ok), "
                + "process mode %.1f (%d, %d, %d ok)",
            (double) t.total() / okT,
            t.voluntary(),
            t.involuntary(),
            okT,
            (double) p.total() / okP,
            p.voluntary(),
            p.involuntary(),
            okP));
  }

  private static ContextSwitches processMode(ServedModes modes) throws IOException {
    ContextSwitches sum = ContextSwitches.of(modes.masterPid());
    for (long w : modes.workerPids()) {
      sum = sum.plus(ContextSwitches.of(w));
    }
    return sum;
  }

  private static JsonObject perRequestJson(ContextSwitches c, long ok) {
    return new JsonObject()
        .put("requestsOk", ok)
        .put("voluntary", c.voluntary())
        .put("involuntary", c.involuntary())
        .put("switchesPerRequest", ok == 0 ? null : (double) c.total() / ok);
  }

  private static String markdown(JsonObject n) {
    MarkdownTable t = new MarkdownTable("measure", "threads", "processes");
    t.row(
        "one switch (pipe ping-pong, one core, p50 / 2), µs",
        n.getDouble("threadSwitchUs"),
        n.getDouble("processSwitchUs"));
    t.row(
        "round trip, a core each (hand-off / UDS), µs",
        n.getDouble("threadHandOffUs"),
        n.getDouble("processUdsRoundTripUs"));
    t.row(
        "context switches per request under the same load",
        n.getJsonObject("threadMode").getValue("switchesPerRequest"),
        n.getJsonObject("processMode").getValue("switchesPerRequest"));
    return t.toString();
  }
}
