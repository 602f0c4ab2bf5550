/**
 * Report pages: the one piece of code that builds every HTML report of faultline (the load
 * client's, and the lab's matrix, bench and bench overhead pages, which depend on this module).
 *
 * <p>{@link dev.faultline.client.page.ReportPage} is the frame: title, the shared style, the body
 * section by section, and uPlot's script and style inlined from the webjar ({@code
 * org.webjars.npm:uplot}), so a page is one file that works offline and names no remote asset.
 * {@link dev.faultline.client.page.Chart} describes a chart as data (x values, {@link
 * dev.faultline.client.page.Series} of y values with null for gaps, bands, markers, rules such as a
 * goal, a linear or log y scale, category slots for bars) and writes it into the page as JSON; the
 * page's {@code charts.js} turns each into a uPlot chart in the browser. Java never draws, so a
 * chart cannot disagree with its numbers. {@link dev.faultline.client.page.HtmlTable} and {@link
 * dev.faultline.client.page.Html} escape every text they are given; {@link
 * dev.faultline.client.page.Palette} gives each mode or target its colour on every page.
 *
 * <p>Callers build charts from the report JSON they already write, iterating the modes, kinds and
 * rows present, so a new row or mode appears on the page without new chart code.
 */
package dev.faultline.client.page;
