package dev.faultline.client;

import io.vertx.core.json.JsonObject;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.TreeSet;

/**
 * What the client itself cost and whether it kept up, so its numbers are never taken for the
 * servers': the CPU this JVM spent per answer, and the seconds in which the client, not a server,
 * held requests back (its 1 ms tick ran more than {@link LoadRun#LATE_AFTER} late, or an answer had
 * to wait for its expected digest). Touched from the run's context only.
 */
final class ClientCost {
  private static final long LATE_NANOS = LoadRun.LATE_AFTER.toNanos();
  private static final long TICK_NANOS = 1_000_000;

  private final long startNanos;
  private final long startCpuNanos;
  private final TreeSet<Long> behindSeconds = new TreeSet<>();
  private long lastTickNanos;

  ClientCost(long startNanos) {
    this.startNanos = startNanos;
    this.startCpuNanos = processCpuNanos();
    this.lastTickNanos = startNanos;
  }

  /** The 1 ms timer fired: a tick this late means the event loop was busy with the client. */
  void tick(long nowNanos) {
    if (nowNanos - lastTickNanos - TICK_NANOS > LATE_NANOS) {
      behind(nowNanos);
    }
    lastTickNanos = nowNanos;
  }

  void waitedForDigest(long nowNanos) {
    behind(nowNanos);
  }

  private void behind(long nowNanos) {
    behindSeconds.add((nowNanos - startNanos) / 1_000_000_000L);
  }

  /** {@code {"cpuMs", "answers", "cpuMicrosPerAnswer", "bottleneckSeconds"}} */
  JsonObject summary(long answers) {
    long cpuNanos = processCpuNanos() - startCpuNanos;
    return new JsonObject()
        .put("cpuMs", cpuNanos / 1_000_000)
        .put("answers", answers)
        .put("cpuMicrosPerAnswer", answers == 0 ? null : cpuNanos / 1000.0 / answers)
        .put("bottleneckSeconds", behindSeconds.size());
  }

  /** The summary's line: what the client cost, and whether it was the bottleneck. */
  static String line(JsonObject summary) {
    Double perAnswer = summary.getDouble("cpuMicrosPerAnswer");
    String cpu =
        String.format(
            Locale.ROOT,
            "client CPU: %s per answer (%.2f s for %,d answers)",
            perAnswer == null ? "-" : String.format(Locale.ROOT, "%.0f µs", perAnswer),
            summary.getLong("cpuMs") / 1000.0,
            summary.getLong("answers"));
    int behind = summary.getInteger("bottleneckSeconds");
    return cpu
        + (behind > 0
            ? "; the client was the bottleneck for " + behind + " s"
            : "; it kept up with the schedule");
  }

  private static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return 0;
  }
}
