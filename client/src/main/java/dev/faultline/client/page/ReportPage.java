package dev.faultline.client.page;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One self-contained report page: the frame (title, the shared style), uPlot's script and style
 * inlined from its webjar, the chart script that draws every {@link Chart} of the page, and the
 * body built section by section. The file works offline: it names no remote asset of any kind, and
 * nothing in it is fetched. Every report of faultline (load, matrix, bench, bench overhead) is one
 * of these.
 */
public final class ReportPage {
  static final String UPLOT_DIST = "META-INF/resources/webjars/uplot/1.6.30/dist/";

  private final String title;
  private final StringBuilder body = new StringBuilder();

  /** A page with this title, also its first heading. */
  public ReportPage(String title) {
    this.title = title;
    body.append("<h1>").append(Html.escape(title)).append("</h1>");
  }

  /** A line under the title: what was run, where and when. */
  public ReportPage run(String text) {
    return html("<p class=\"run\">" + Html.escape(text) + "</p>");
  }

  public ReportPage section(String heading) {
    return html("<h2>" + Html.escape(heading) + "</h2>");
  }

  public ReportPage paragraph(String text) {
    return html("<p>" + Html.escape(text) + "</p>");
  }

  /** Markup the caller built and escaped. */
  public ReportPage html(String markup) {
    body.append(markup);
    return this;
  }

  public ReportPage table(HtmlTable table) {
    return html(table.html());
  }

  public ReportPage chart(Chart chart) {
    return html(chart.html());
  }

  /** Charts one under the other, each the page's width. */
  public ReportPage charts(List<Chart> charts) {
    charts.forEach(this::chart);
    return this;
  }

  /** Small charts side by side, two to a row. */
  public ReportPage grid(List<Chart> charts) {
    body.append("<div class=\"grid\">");
    charts.forEach(c -> body.append(c.html()));
    body.append("</div>");
    return this;
  }

  public String render() {
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><title>"
        + Html.escape(title)
        + "</title><style>"
        + resource(UPLOT_DIST + "uPlot.min.css")
        + resource("dev/faultline/client/page/page.css")
        + "</style></head><body>"
        + body
        + "<p><small>Written by faultline; charts drawn by uPlot, inlined in this file.</small></p>"
        + "<script>"
        + resource(UPLOT_DIST + "uPlot.iife.min.js")
        + "</script><script>"
        + resource("dev/faultline/client/page/charts.js")
        + "</script></body></html>";
  }

  private static String resource(String path) {
    try (InputStream in = ReportPage.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException(path + " is not on the class path (webjar uplot missing?)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .replace("</script", "<\\/script");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
