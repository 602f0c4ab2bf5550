package dev.faultline.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small hand-written SVG line chart: an x axis (seconds unless given ticks), a linear or log10 y
 * axis, several series (a NaN value breaks a line), shaded bands (fault moments) and vertical
 * markers (restarts). Pure markup, no script: it renders inline, with no network.
 */
final class SvgChart {
  static final int WIDTH = 960;
  static final int HEIGHT = 270;
  private static final int LEFT = 64;
  private static final int RIGHT = 28;
  private static final int TOP = 40;
  private static final int BOTTOM = 34;

  record Series(String name, String color, String dash, double width, List<double[]> points) {}

  /**
   * {@code color} null: a fault moment (labelled); else a target's downtime in its colour
   * (unlabelled).
   */
  record Band(double from, double to, String label, String color) {
    Band(double from, double to, String label) {
      this(from, to, label, null);
    }
  }

  record Marker(double x, String color, String label) {}

  record Tick(double at, String label) {}

  private final String title;
  private final String xLabel;
  private final double xMin;
  private final double xMax;
  private final List<Series> series = new ArrayList<>();
  private final List<Band> bands = new ArrayList<>();
  private final List<Marker> markers = new ArrayList<>();
  private List<Tick> xTicks;
  private double yMin = 0;
  private double yMax = 1;
  private boolean logY;

  SvgChart(String title, String xLabel, double xMin, double xMax) {
    this.title = title;
    this.xLabel = xLabel;
    this.xMin = xMin;
    this.xMax = xMax > xMin ? xMax : xMin + 1;
  }

  SvgChart linearY(double min, double max) {
    yMin = min;
    yMax = max > min ? max : min + 1;
    logY = false;
    return this;
  }

  /** Log scale over whole decades covering {@code min..max} (both > 0). */
  SvgChart logY(double min, double max) {
    yMin = Math.pow(10, Math.floor(Math.log10(min)));
    yMax = Math.pow(10, Math.ceil(Math.log10(Math.max(max, min * 10))));
    logY = true;
    return this;
  }

  SvgChart xTicks(List<Tick> ticks) {
    xTicks = ticks;
    return this;
  }

  SvgChart add(Series s) {
    series.add(s);
    return this;
  }

  SvgChart band(Band b) {
    bands.add(b);
    return this;
  }

  SvgChart marker(Marker m) {
    markers.add(m);
    return this;
  }

  String render() {
    StringBuilder svg =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "<svg viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\">"
                    + "<title>%s</title>",
                WIDTH,
                HEIGHT,
                WIDTH,
                HEIGHT,
                Html.escape(title)));
    svg.append(text(LEFT, 18, "title", title));
    legend(svg);
    svg.append(
        String.format(
            Locale.ROOT,
            "<rect class=\"plot\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\"/>",
            LEFT,
            TOP,
            WIDTH - LEFT - RIGHT,
            HEIGHT - TOP - BOTTOM));
    bands.forEach(b -> band(svg, b));
    axes(svg);
    series.forEach(s -> line(svg, s));
    markers.forEach(m -> marker(svg, m));
    return svg.append("</svg>").toString();
  }

  private void legend(StringBuilder svg) {
    double x = WIDTH - RIGHT;
    for (int i = series.size() - 1; i >= 0; i--) {
      Series s = series.get(i);
      x -= 34 + 6.6 * s.name().length();
      svg.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%.1f\" y1=\"27\" x2=\"%.1f\" y2=\"27\" stroke=\"%s\" "
                  + "stroke-width=\"%.1f\"%s/>",
              x,
              x + 22,
              s.color(),
              s.width(),
              dash(s)));
      svg.append(text(x + 26, 31, "legend", s.name()));
    }
  }

  private void axes(StringBuilder svg) {
    for (Tick t : yTicks()) {
      double y = py(t.at());
      svg.append(
          String.format(
              Locale.ROOT,
              "<line class=\"grid\" x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\"/>",
              LEFT,
              y,
              WIDTH - RIGHT,
              y));
      svg.append(text(LEFT - 6, y + 4, "ytick", t.label()));
    }
    for (Tick t : xTicks != null ? xTicks : linearTicks(xMin, xMax)) {
      double x = px(t.at());
      svg.append(
          String.format(
              Locale.ROOT,
              "<line class=\"grid\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\"/>",
              x,
              TOP,
              x,
              HEIGHT - BOTTOM));
      svg.append(text(x, HEIGHT - BOTTOM + 15, "xtick", t.label()));
    }
    svg.append(text(WIDTH - RIGHT, HEIGHT - 4, "xlabel", xLabel));
  }

  private void band(StringBuilder svg, Band b) {
    double x0 = px(Math.max(b.from(), xMin));
    double x1 = Math.max(px(Math.min(b.to(), xMax)), x0 + 2);
    String style =
        b.color() == null ? "class=\"band\"" : "class=\"down\" fill=\"" + b.color() + "\"";
    svg.append(
        String.format(
            Locale.ROOT,
            "<rect %s x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\">"
                + "<title>%s</title></rect>",
            style,
            x0,
            TOP,
            x1 - x0,
            HEIGHT - TOP - BOTTOM,
            Html.escape(b.label())));
    if (b.color() == null) {
      svg.append(text(x0 + 2, TOP + 11, "bandlabel", b.label()));
    }
  }

  private void line(StringBuilder svg, Series s) {
    StringBuilder points = new StringBuilder();
    for (double[] p : s.points()) {
      if (Double.isNaN(p[1]) || (logY && p[1] <= 0)) {
        flush(svg, s, points);
        continue;
      }
      points.append(String.format(Locale.ROOT, "%.1f,%.1f ", px(p[0]), py(p[1])));
    }
    flush(svg, s, points);
  }

  private static void flush(StringBuilder svg, Series s, StringBuilder points) {
    if (points.length() > 0) {
      svg.append(
          String.format(
              Locale.ROOT,
              "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"%.1f\"%s "
                  + "points=\"%s\"><title>%s</title></polyline>",
              s.color(),
              s.width(),
              dash(s),
              points.toString().trim(),
              Html.escape(s.name())));
      points.setLength(0);
    }
  }

  private void marker(StringBuilder svg, Marker m) {
    double x = px(m.x());
    svg.append(
        String.format(
            Locale.ROOT,
            "<g class=\"marker\"><title>%s</title><line x1=\"%.1f\" y1=\"%d\" "
                + "x2=\"%.1f\" y2=\"%d\" stroke=\"%s\" stroke-width=\"1.5\" stroke-dasharray=\"2 3\"/><path d=\"M%.1f %d l-5 -8 h10 z\" "
                + "fill=\"%s\"/></g>",
            Html.escape(m.label()),
            x,
            TOP,
            x,
            HEIGHT - BOTTOM,
            m.color(),
            x,
            TOP,
            m.color()));
  }

  private List<Tick> yTicks() {
    if (!logY) {
      return linearTicks(yMin, yMax);
    }
    List<Tick> ticks = new ArrayList<>();
    for (double v = yMin; v <= yMax * 1.0001; v *= 10) {
      ticks.add(new Tick(v, number(v)));
    }
    return ticks;
  }

  /** About six ticks at 1, 2 or 5 times a power of ten. */
  static List<Tick> linearTicks(double min, double max) {
    double raw = (max - min) / 6;
    double mag = Math.pow(10, Math.floor(Math.log10(raw)));
    double step =
        raw / mag < 1.5 ? mag : raw / mag < 3.5 ? 2 * mag : raw / mag < 7.5 ? 5 * mag : 10 * mag;
    List<Tick> ticks = new ArrayList<>();
    for (double v = Math.ceil(min / step) * step; v <= max + step * 1e-9; v += step) {
      ticks.add(new Tick(v, number(v)));
    }
    return ticks;
  }

  static String number(double v) {
    if (v == Math.rint(v)) {
      return String.valueOf((long) v);
    }
    return String.format(
        Locale.ROOT,
        "%s",
        Math.abs(v) >= 0.01
            ? String.format(Locale.ROOT, "%.2f", v).replaceAll("0+$", "")
            : String.format(Locale.ROOT, "%.1g", v));
  }

  private double px(double x) {
    return LEFT + (x - xMin) / (xMax - xMin) * (WIDTH - LEFT - RIGHT);
  }

  private double py(double y) {
    double f =
        logY
            ? (Math.log10(Math.max(y, yMin)) - Math.log10(yMin))
                / (Math.log10(yMax) - Math.log10(yMin))
            : (y - yMin) / (yMax - yMin);
    return HEIGHT - BOTTOM - Math.max(0, Math.min(1, f)) * (HEIGHT - TOP - BOTTOM);
  }

  private static String dash(Series s) {
    return s.dash().isEmpty() ? "" : " stroke-dasharray=\"" + s.dash() + "\"";
  }

  private static String text(double x, double y, String cls, String content) {
    return String.format(
        Locale.ROOT,
        "<text class=\"%s\" x=\"%.1f\" y=\"%.1f\">%s</text>",
        cls,
        x,
        y,
        Html.escape(content));
  }
}
