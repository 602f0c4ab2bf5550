package dev.faultline.lab.bench.part;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A Markdown table built row by row; a {@code |} inside a cell is escaped. */
public final class MarkdownTable {
  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  public MarkdownTable(String... header) {
    this.header = List.of(header);
  }

  public MarkdownTable row(Object... cells) {
    List<String> r = new ArrayList<>();
    for (Object c : cells) {
      r.add(cell(c));
    }
    rows.add(r);
    return this;
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(line(header));
    b.append(line(header.stream().map(h -> "---").toList()));
    rows.forEach(r -> b.append(line(r)));
    return b.toString();
  }

  /** {@code 12.3}, {@code 0.412}, {@code 1,234}: what the report's cells show for a number. */
  public static String num(double v) {
    double a = Math.abs(v);
    String f = a >= 100 ? "%,.0f" : a >= 1 ? "%.1f" : "%.3f";
    return String.format(Locale.ROOT, f, v);
  }

  private static String cell(Object c) {
    String s = c instanceof Double d ? num(d) : String.valueOf(c);
    return s.replace("|", "\\|").replace("\n", " ");
  }

  private static String line(List<String> cells) {
    return "| " + String.join(" | ", cells) + " |\n";
  }
}
