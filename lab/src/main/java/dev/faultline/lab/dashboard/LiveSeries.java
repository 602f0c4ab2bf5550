package dev.faultline.lab.dashboard;

import dev.faultline.client.SecondSample;
import io.vertx.core.json.JsonArray;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * One target's last minutes of load, a point per second, for the page's charts: correct answers per
 * second, availability (correct among answered) and p99 in ms. A second with no answer has no
 * availability and no p99 (null: a gap in the chart, not a zero).
 */
final class LiveSeries {
  private static final int KEEP_SECONDS = 180;
  private final Deque<double[]> points = new ArrayDeque<>();

  void add(long epochSecond, SecondSample s) {
    points.addLast(new double[] {epochSecond, s.ok(), s.availability() * 100, s.p99Ms()});
    if (points.size() > KEEP_SECONDS) {
      points.removeFirst();
    }
  }

  /** {@code [[t...], [ok/s...], [availability %...], [p99 ms...]]}, uPlot's column layout. */
  JsonArray toJson() {
    JsonArray columns = new JsonArray();
    for (int c = 0; c < 4; c++) {
      JsonArray column = new JsonArray();
      for (double[] p : points) {
        column.add(Double.isNaN(p[c]) ? null : p[c]);
      }
      columns.add(column);
    }
    return columns;
  }
}
