package dev.faultline.client.page;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * One chart of a report page, as data: the x values, {@link Series} of y values, and what to mark
 * on it (shaded bands, vertical markers, horizontal rules such as a goal). Java only describes it;
 * the page's chart script draws it with uPlot in the browser, so a chart is as exact as its
 * numbers. A category chart has one slot per label (x = 0, 1, ...) and draws bars in it.
 */
public final class Chart {
  private final String title;
  private final String xLabel;
  private final String yLabel;
  private final List<Double> x;
  private final List<String> categories;
  private final List<Series> series = new ArrayList<>();
  private final JsonArray bands = new JsonArray();
  private final JsonArray markers = new JsonArray();
  private final JsonArray rules = new JsonArray();
  private final JsonArray xTicks = new JsonArray();
  private boolean logY;
  private boolean groupBars;
  private Double barsFrom;
  private Double yMin;
  private Double yMax;

  private Chart(
      String title, String xLabel, String yLabel, List<Double> x, List<String> categories) {
    this.title = title;
    this.xLabel = xLabel;
    this.yLabel = yLabel;
    this.x = List.copyOf(x);
    this.categories = categories;
  }

  /** A chart over numeric x values (seconds, percentiles), ascending. */
  public static Chart xy(String title, String xLabel, String yLabel, List<Double> x) {
    return new Chart(title, xLabel, yLabel, x, null);
  }

  /** A chart with one slot per label, for bars. */
  public static Chart categories(String title, String xLabel, String yLabel, List<String> labels) {
    List<Double> x = IntStream.range(0, labels.size()).mapToObj(i -> (double) i).toList();
    return new Chart(title, xLabel, yLabel, x, List.copyOf(labels));
  }

  /** Adds a series: one value per x value. */
  public Chart add(Series s) {
    if (s.values().size() != x.size()) {
      throw new IllegalArgumentException(
          "series " + s.label() + " has " + s.values().size() + " values for " + x.size() + " x");
    }
    series.add(s);
    return this;
  }

  public Chart logY() {
    logY = true;
    return this;
  }

  /** Bars of different series side by side in each slot, instead of over each other. */
  public Chart groupBars() {
    groupBars = true;
    return this;
  }

  /** Bars rise or fall from this y (such as a goal of 1) instead of from the axis' foot. */
  public Chart barsFrom(double y) {
    barsFrom = y;
    return this;
  }

  public Chart yRange(double min, double max) {
    yMin = min;
    yMax = max;
    return this;
  }

  public Chart xTick(double at, String label) {
    xTicks.add(new JsonObject().put("at", at).put("label", label));
    return this;
  }

  /** A shaded span of x, in the colour given (null: the fault colour). */
  public Chart band(double from, double to, String label, String color) {
    bands.add(mark(label, color).put("from", from).put("to", to));
    return this;
  }

  /** A vertical line at x. */
  public Chart marker(double at, String label, String color) {
    markers.add(mark(label, color).put("at", at));
    return this;
  }

  /** A horizontal line at y, such as a goal. */
  public Chart rule(double y, String label, String color) {
    rules.add(mark(label, color).put("y", y));
    return this;
  }

  public String title() {
    return title;
  }

  public List<Series> series() {
    return List.copyOf(series);
  }

  public JsonObject spec() {
    JsonArray s = new JsonArray();
    series.forEach(one -> s.add(one.toJson()));
    return new JsonObject()
        .put("title", title)
        .put("xLabel", xLabel)
        .put("yLabel", yLabel)
        .put("x", new JsonArray(new ArrayList<>(x)))
        .put("categories", categories == null ? null : new JsonArray(new ArrayList<>(categories)))
        .put("series", s)
        .put("logY", logY)
        .put("groupBars", groupBars)
        .put("barsFrom", barsFrom)
        .put("yMin", yMin)
        .put("yMax", yMax)
        .put("xTicks", xTicks)
        .put("bands", bands)
        .put("markers", markers)
        .put("rules", rules);
  }

  /** The chart's element: its spec as JSON, which the page's script turns into a uPlot chart. */
  public String html() {
    return "<figure class=\"chart\"><script type=\"application/json\">"
        + spec().encode().replace("</", "<\\/")
        + "</script></figure>";
  }

  private static JsonObject mark(String label, String color) {
    return new JsonObject().put("label", label).put("color", color);
  }
}
