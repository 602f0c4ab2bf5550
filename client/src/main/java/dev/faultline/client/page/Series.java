package dev.faultline.client.page;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * One series of a {@link Chart}: a label, a colour, how it is drawn, and one y value per x value of
 * its chart (null where it has none: a gap in a line, no bar).
 *
 * @param kind {@code line}, {@code bars} or {@code points}
 * @param dash the line's dash pattern in pixels, empty for solid
 */
public record Series(
    String label,
    String color,
    String kind,
    double width,
    List<Integer> dash,
    List<Double> values) {

  public Series {
    values = new ArrayList<>(values); // keeps nulls, unlike List.copyOf
    dash = List.copyOf(dash);
  }

  public static Series line(String label, String color, List<Double> values) {
    return new Series(label, color, "line", 2, List.of(), values);
  }

  public static Series bars(String label, String color, List<Double> values) {
    return new Series(label, color, "bars", 1, List.of(), values);
  }

  public static Series points(String label, String color, List<Double> values) {
    return new Series(label, color, "points", 0, List.of(), values);
  }

  public Series width(double w) {
    return new Series(label, color, kind, w, dash, values);
  }

  public Series dashed(int on, int off) {
    return new Series(label, color, kind, width, List.of(on, off), values);
  }

  /** At least one value to draw. */
  public boolean hasValues() {
    return values.stream().anyMatch(v -> v != null && Double.isFinite(v));
  }

  JsonObject toJson() {
    JsonArray v = new JsonArray();
    values.forEach(x -> v.add(x == null || !Double.isFinite(x) ? null : x));
    return new JsonObject()
        .put("label", label)
        .put("color", color)
        .put("kind", kind)
        .put("width", width)
        .put("dash", new JsonArray(new ArrayList<>(dash)))
        .put("values", v);
  }
}
