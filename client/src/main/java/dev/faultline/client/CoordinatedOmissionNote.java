package dev.faultline.client;

import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Explains, per target, why corrected and uncorrected latency agree or differ, with the run's own
 * numbers. They differ when requests could not leave on schedule (closed loop, or the in-flight
 * bound): the uncorrected clock then starts late and leaves the wait out.
 */
final class CoordinatedOmissionNote {
  /**
   * Corrected p99 at least this many times the uncorrected one is called a bias worth explaining.
   */
  static final double BIASED = 2.0;

  static final String DEFINITION =
      "Corrected latency counts from the moment a request was scheduled to leave; "
          + "uncorrected latency counts from the moment it actually left. A client that waits for answers before "
          + "sending more (a closed loop) sends nothing while the server stalls, so the requests a steady stream of "
          + "users would have sent during the stall are either never timed or timed only from when they finally "
          + "left. That is coordinated omission: the client coordinates with the slow server and omits exactly the "
          + "slow samples, so its percentiles look far better than what users experienced.";

  private CoordinatedOmissionNote() {}

  /** One sentence or two per target. */
  static List<String> sentences(JsonObject report) {
    JsonObject run = report.getJsonObject("run");
    JsonObject targets = report.getJsonObject("targets");
    List<String> out = new ArrayList<>();
    targets.fieldNames().forEach(name -> out.add(about(name, targets.getJsonObject(name), run)));
    return out;
  }

  static boolean biased(JsonObject target) {
    Double corrected = target.getJsonObject("latencyMs").getDouble("p99");
    Double uncorrected = target.getJsonObject("uncorrectedLatencyMs").getDouble("p99");
    return corrected != null
        && uncorrected != null
        && corrected >= BIASED * Math.max(uncorrected, 0.001);
  }

  private static String about(String name, JsonObject t, JsonObject run) {
    Double c = t.getJsonObject("latencyMs").getDouble("p99");
    Double u = t.getJsonObject("uncorrectedLatencyMs").getDouble("p99");
    if (c == null || u == null) {
      return name
          + ": no request without a fault was answered or timed, so there is no latency to compare.";
    }
    String figures =
        String.format(
            Locale.ROOT, "%s: corrected p99 %.1f ms, uncorrected p99 %.1f ms", name, c, u);
    if (!biased(t)) {
      return figures
          + String.format(
              Locale.ROOT,
              ". %d of %d requests left more than %d ms behind schedule, the "
                  + "rest on time, so the two agree.",
              t.getLong("late", 0L),
              t.getLong("sent", 0L),
              run.getLong("lateAfterMs", 10L));
    }
    return figures
        + String.format(
            Locale.ROOT,
            " (%.0fx lower). %d requests left more than %d ms behind "
                + "schedule because %s; timing them from when they finally left hides the time they waited for a server "
                + "that was not answering. The corrected figure puts that wait back.",
            c / Math.max(u, 0.001),
            t.getLong("late", 0L),
            run.getLong("lateAfterMs", 10L),
            why(run));
  }

  private static String why(JsonObject run) {
    int connections = run.getInteger("connections", 0);
    return connections > 0
        ? "the client ran a closed loop: all "
            + connections
            + " connection"
            + (connections == 1 ? " was" : "s were")
            + " waiting for answers"
        : "the in-flight bound of "
            + run.getInteger("inFlightLimit", 0)
            + " was reached or the client itself "
            + "was starved of CPU";
  }
}
