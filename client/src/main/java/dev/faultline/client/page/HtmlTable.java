package dev.faultline.client.page;

import java.util.List;

/**
 * A table of a report page: a header row and rows of cells, every cell's text escaped. A cell may
 * carry a class ({@code pass}, {@code fail}, {@code sub}, {@code text}) for how it looks.
 */
public final class HtmlTable {
  /** A cell's text and its class, or none. */
  public record Cell(String text, String cssClass) {}

  private final StringBuilder html = new StringBuilder("<table><tr>");

  public HtmlTable(List<String> header) {
    header.forEach(h -> html.append("<th>").append(Html.escape(h)).append("</th>"));
    html.append("</tr>");
  }

  public static Cell cell(String text, String cssClass) {
    return new Cell(text, cssClass);
  }

  /** A row; each cell a {@link Cell}, or anything else as its {@code String.valueOf}. */
  public HtmlTable row(List<?> cells) {
    html.append("<tr>");
    for (Object c : cells) {
      Cell cell = c instanceof Cell given ? given : new Cell(String.valueOf(c), null);
      html.append(cell.cssClass() == null ? "<td>" : "<td class=\"" + cell.cssClass() + "\">")
          .append(Html.escape(cell.text()))
          .append("</td>");
    }
    html.append("</tr>");
    return this;
  }

  public String html() {
    return html + "</table>";
  }
}
