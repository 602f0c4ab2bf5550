package dev.faultline.lab.bench.part;

import dev.faultline.lab.bench.ipc.Placement;
import dev.faultline.lab.bench.ipc.RoundTripResult;
import dev.faultline.lab.bench.ipc.RoundTrips;
import dev.faultline.lab.bench.ipc.Transports;
import dev.faultline.lab.bench.verdict.ClaimResult;
import dev.faultline.lab.bench.verdict.IpcRule;
import dev.faultline.lab.bench.verdict.LessonClaim;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Claim 2: a 64-byte round trip over each of the lesson's eight IPC kinds and between two threads
 * of one JVM (the baseline), each end pinned, first on a core each, then both on one core.
 */
final class IpcPart implements Part {
  static final int WARMUP = 2000;

  @Override
  public String name() {
    return "ipc";
  }

  @Override
  public LessonClaim claim() {
    return LessonClaim.IPC;
  }

  @Override
  public Duration bound() {
    return Duration.ofSeconds(150);
  }

  @Override
  public PartResult run(PartContext ctx) {
    PartSettings s = ctx.settings();
    RoundTrips.Bounds bounds = new RoundTrips.Bounds(WARMUP, s.roundTrips(), s.ipcTime());
    List<RoundTripResult> all = new ArrayList<>();
    for (Placement where : List.of(Placement.TWO_CORES, Placement.ONE_CORE)) {
      for (String kind : Transports.IPC_KINDS) {
        RoundTripResult r =
            RoundTrips.run(kind, where, new ChildEchoSide(ctx.children(), where.echoCpu()), bounds);
        ctx.say(line(r));
        all.add(r);
      }
    }
    return new PartResult(name(), data(all, bounds), claim(all), markdown(all));
  }

  static String line(RoundTripResult r) {
    if (!r.ok()) {
      return String.format(
          Locale.ROOT, "%-10s %-9s could not run: %s", r.kind(), r.placement(), r.error());
    }
    return String.format(
        Locale.ROOT,
        "%-10s %-9s p50 %8.2f µs  p99 %8.2f µs  max %9.1f µs  %,10.0f round trips/s  (%d)",
        r.kind(),
        r.placement(),
        r.p50Us(),
        r.p99Us(),
        r.maxUs(),
        r.perSecond(),
        r.roundTrips());
  }

  private static JsonObject data(List<RoundTripResult> all, RoundTrips.Bounds b) {
    JsonArray kinds = new JsonArray();
    all.forEach(r -> kinds.add(r.toJson()));
    return new JsonObject()
        .put("messageBytes", 64)
        .put("warmupRoundTrips", b.warmup())
        .put("maxRoundTrips", b.maxRoundTrips())
        .put("maxTimeMs", b.maxTime().toMillis())
        .put("kinds", kinds);
  }

  private ClaimResult claim(List<RoundTripResult> all) {
    Map<String, Double> two = p50(all, Placement.TWO_CORES, false);
    Map<String, Double> one = p50(all, Placement.ONE_CORE, false);
    JsonObject numbers =
        new JsonObject()
            .put(
                "twoCoresP50Us",
                new JsonObject(new LinkedHashMap<>(p50(all, Placement.TWO_CORES, true))))
            .put(
                "oneCoreP50Us",
                new JsonObject(new LinkedHashMap<>(p50(all, Placement.ONE_CORE, true))));
    all.stream()
        .filter(r -> !r.ok())
        .forEach(r -> numbers.put("couldNotRun." + r.kind() + "." + r.placement(), r.error()));
    return new ClaimResult(
        LessonClaim.IPC,
        name(),
        "64-byte round trips (median) over pipe, FIFO, UDS, TCP, shm, mmap, POSIX mq, POSIX "
            + "semaphore, and a thread hand-off; a core per side, and one core for both",
        numbers,
        IpcRule.judge(new IpcRule.Input(two, one)));
  }

  private static Map<String, Double> p50(
      List<RoundTripResult> all, Placement where, boolean withBaseline) {
    Map<String, Double> m = new LinkedHashMap<>();
    all.stream()
        .filter(r -> r.ok() && r.placement().equals(where.name()))
        .filter(r -> withBaseline || !Transports.inJvm(r.kind()))
        .forEach(r -> m.put(r.kind(), r.p50Us()));
    return m;
  }

  private static String markdown(List<RoundTripResult> all) {
    MarkdownTable t =
        new MarkdownTable(
            "kind", "placement", "p50 µs", "p99 µs", "max µs", "round trips/s", "how");
    for (RoundTripResult r : all) {
      if (r.ok()) {
        t.row(r.kind(), r.placement(), r.p50Us(), r.p99Us(), r.maxUs(), r.perSecond(), r.how());
      } else {
        t.row(r.kind(), r.placement(), "-", "-", "-", "-", "could not run: " + r.error());
      }
    }
    return t.toString();
  }
}
