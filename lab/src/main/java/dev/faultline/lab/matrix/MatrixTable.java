package dev.faultline.lab.matrix;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Renders matrix rows as the table the command prints, and as Markdown for the report. */
final class MatrixTable {
  private record Column(String title, Function<MatrixRow, String> cell) {}

  private static final List<Column> COLUMNS =
      List.of(
          new Column("fault", MatrixRow::fault),
          new Column("mode", MatrixRow::mode),
          new Column("valid", r -> r.valid() ? "yes" : "NO"),
          new Column("survived", r -> r.serverSurvived() ? "yes" : "no"),
          new Column("collateral", r -> String.valueOf(r.collateralFailures())),
          new Column("wrong", r -> String.valueOf(r.wrongAnswers())),
          new Column(
              "recovery ms",
              r -> r.recoveryMs() == null ? "never" : String.valueOf(r.recoveryMs())),
          new Column("capacity lost", r -> String.valueOf(r.capacityLost())),
          new Column("p99 base ms", r -> ms(r.baselineP99Ms())),
          new Column("p99 window ms", r -> ms(r.windowP99Ms())),
          new Column("fault request got", MatrixRow::faultAnswer));

  private MatrixTable() {}

  static String text(List<MatrixRow> rows) {
    int[] widths =
        COLUMNS.stream()
            .mapToInt(
                c ->
                    Math.max(
                        c.title().length(),
                        rows.stream().mapToInt(r -> c.cell().apply(r).length()).max().orElse(0)))
            .toArray();
    StringBuilder out =
        new StringBuilder(line(COLUMNS.stream().map(Column::title).toList(), widths));
    rows.forEach(
        r -> out.append(line(COLUMNS.stream().map(c -> c.cell().apply(r)).toList(), widths)));
    return out.toString();
  }

  static String markdown(List<MatrixRow> rows) {
    StringBuilder out =
        new StringBuilder(
            "| " + String.join(" | ", COLUMNS.stream().map(Column::title).toList()) + " |\n");
    out.append("|").append("---|".repeat(COLUMNS.size())).append('\n');
    rows.forEach(
        r ->
            out.append("| ")
                .append(
                    String.join(
                        " | ",
                        COLUMNS.stream().map(c -> c.cell().apply(r).replace("|", "\\|")).toList()))
                .append(" |\n"));
    return out.toString();
  }

  private static String line(List<String> cells, int[] widths) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      b.append(
          String.format(
              Locale.ROOT,
              i < 2 || i == cells.size() - 1 ? "%-" + widths[i] + "s" : "%" + widths[i] + "s",
              cells.get(i)));
      b.append(i == cells.size() - 1 ? "" : "  ");
    }
    return b.toString().stripTrailing() + "\n";
  }

  private static String ms(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
