package dev.faultline.lab.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A report page in the real browser: Debian's headless Chromium driven by Selenium through Debian's
 * chromedriver (both by path, nothing downloaded, a fresh profile, every host name unresolvable).
 * {@link #assertDrawn} checks what a reader would see and what a reader's network would do:
 *
 * <ul>
 *   <li>every chart drew: a uPlot canvas of non-zero size, in which pixels of at least one of its
 *       series' colours were painted (read back from the canvas), and no chart error on the page;
 *   <li>every colour of a series with values was painted in some chart (each mode drew);
 *   <li>the console logged no error;
 *   <li>the page loaded nothing but itself: every request of Chromium's network log is the file
 *       itself, and no element or style names a remote asset.
 * </ul>
 *
 * Without the browser it fails on CI ({@code CI=true}) and is skipped elsewhere ({@link
 * RequiredBrowser}).
 */
final class ReportBrowser implements AutoCloseable {
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  /** Per chart: its title, canvas size, drawn pixels per series colour. Runs in the page. */
  private static final String CHARTS =
      """
      return Array.from(document.querySelectorAll('figure.chart')).map(function (f) {
        var spec = JSON.parse(f.querySelector('script[type="application/json"]').textContent);
        var canvas = f.querySelector('.uplot canvas');
        var out = {title: spec.title, width: canvas ? canvas.width : 0,
                   height: canvas ? canvas.height : 0, drawn: {}, wanted: [],
                   error: f.querySelector('.chart-error') ? f.textContent : null};
        spec.series.forEach(function (s) {
          var some = s.values.some(function (v) {
            return v != null && (s.kind === 'bars' || spec.logY ? v > 0 : true); });
          if (some && out.wanted.indexOf(s.color) < 0) { out.wanted.push(s.color); }
        });
        if (!canvas || canvas.width === 0 || canvas.height === 0) { return out; }
        var px = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
        out.wanted.forEach(function (c) {
          var r = parseInt(c.substr(1, 2), 16), g = parseInt(c.substr(3, 2), 16),
              b = parseInt(c.substr(5, 2), 16), n = 0;
          for (var i = 0; i < px.length; i += 4) {
            if (px[i + 3] >= 200 && Math.abs(px[i] - r) + Math.abs(px[i + 1] - g)
                + Math.abs(px[i + 2] - b) < 30) { n++; }
          }
          out.drawn[c] = n;
        });
        return out;
      });
      """;

  /** Every element attribute or inline style that names something to fetch. */
  private static final String REMOTE_NAMES =
      """
      var found = [];
      document.querySelectorAll('[src],[href],[srcset],[poster],[data]').forEach(function (e) {
        found.push(e.outerHTML.slice(0, 120)); });
      Array.from(document.styleSheets).forEach(function (s) {
        Array.from(s.cssRules).forEach(function (r) {
          if (/url\\(|@import/.test(r.cssText)) { found.push(r.cssText.slice(0, 120)); } }); });
      return found.concat(performance.getEntriesByType('resource').map(function (e) { return e.name; }));
      """;

  private final ChromeDriver driver;
  private final Path dir;

  private ReportBrowser(ChromeDriver driver, Path dir) {
    this.driver = driver;
    this.dir = dir;
  }

  /** A fresh browser whose profile and driver log go into {@code dir}. */
  static ReportBrowser open(Path dir) {
    Path chromium = RequiredBrowser.chromium();
    RequiredBrowser.require(DRIVER, "chromium-driver", System.getenv("CI"));
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--host-resolver-rules=MAP * ~NOTFOUND",
        "--user-data-dir=" + dir.resolve("profile"),
        "--window-size=1150,1000");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(DRIVER.toFile())
            .usingAnyFreePort()
            .withLogFile(dir.resolve("chromedriver.log").toFile())
            .build();
    return new ReportBrowser(new ChromeDriver(service, options), dir);
  }

  /**
   * Opens the page, checks it as the class says, keeps a screenshot in {@code target/} named after
   * it, and returns the charts it found (title, size, pixels per colour) for further checks.
   */
  @SuppressWarnings("unchecked")
  List<JsonObject> assertDrawn(Path html, int minCharts) throws Exception {
    String url = html.toAbsolutePath().toUri().toString();
    driver.get("about:blank");
    requests(); // drained: the browser's own start-up pages are not the report's
    driver.manage().logs().get(LogType.BROWSER);
    driver.get(url);
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(d -> "complete".equals(js("return document.readyState")));
    List<JsonObject> charts =
        ((List<Map<String, Object>>) js(CHARTS)).stream().map(JsonObject::new).toList();
    keepScreenshot(html);
    assertThat(charts).as("charts on %s", html).hasSizeGreaterThanOrEqualTo(minCharts);
    charts.forEach(ReportBrowser::assertChartDrew);
    assertEveryColourDrew(charts);
    assertThat(errors()).as("console errors on %s", html).isEmpty();
    assertThat((List<Object>) js(REMOTE_NAMES)).as("remote names on %s", html).isEmpty();
    assertThat(requests()).as("requests of %s", html).allMatch(u -> u.equals(url));
    return charts;
  }

  private static void assertChartDrew(JsonObject c) {
    assertThat(c.getString("error")).as("chart error: %s", c).isNull();
    assertThat(c.getInteger("width")).as("canvas width: %s", c).isPositive();
    assertThat(c.getInteger("height")).as("canvas height: %s", c).isPositive();
    JsonObject drawn = c.getJsonObject("drawn");
    assertThat(drawn.stream().mapToLong(e -> ((Number) e.getValue()).longValue()).max().orElse(0))
        .as("pixels of a series colour painted: %s", c)
        .isGreaterThan(20);
  }

  private static void assertEveryColourDrew(List<JsonObject> charts) {
    Map<String, Long> byColour =
        charts.stream()
            .flatMap(c -> c.getJsonObject("drawn").stream())
            .collect(
                Collectors.groupingBy(
                    Map.Entry::getKey,
                    Collectors.summingLong(e -> ((Number) e.getValue()).longValue())));
    List<String> wanted =
        charts.stream()
            .flatMap(c -> c.getJsonArray("wanted").stream().map(String::valueOf))
            .distinct()
            .toList();
    assertThat(wanted).as("series colours").isNotEmpty();
    wanted.forEach(
        w -> assertThat(byColour.get(w)).as("pixels painted in %s, all charts", w).isPositive());
  }

  private List<String> errors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  /** The URL of every request Chromium's network log saw. */
  private List<String> requests() {
    return driver.manage().logs().get(LogType.PERFORMANCE).getAll().stream()
        .map(e -> new JsonObject(e.getMessage()).getJsonObject("message"))
        .filter(m -> "Network.requestWillBeSent".equals(m.getString("method")))
        .map(m -> m.getJsonObject("params").getJsonObject("request").getString("url"))
        .toList();
  }

  private Object js(String script) {
    return ((JavascriptExecutor) driver).executeScript(script);
  }

  /** {@code target/<page>-browser.png}: what the test saw, kept as the run's artifact. */
  private void keepScreenshot(Path html) throws Exception {
    Path png = driver.getScreenshotAs(OutputType.FILE).toPath();
    String name = html.getFileName().toString().replace(".html", "") + "-browser.png";
    Files.copy(png, Path.of("target", name), StandardCopyOption.REPLACE_EXISTING);
    Files.copy(png, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }

  @Override
  public void close() {
    driver.quit();
  }
}
