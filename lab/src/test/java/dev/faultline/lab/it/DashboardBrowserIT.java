package dev.faultline.lab.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The live dashboard in a real browser: Debian's headless Chromium driven by Selenium through
 * Debian's chromedriver, both given by path so nothing is downloaded, with a fresh profile. During
 * a short {@code demo --dashboard} (no scheduled faults) the test clicks "segfault" and watches the
 * page: the process panel shows one worker death and its recovery while the thread panel shows its
 * server down and back. In CI ({@code CI=true}) a missing browser is a failure, not a skip.
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class DashboardBrowserIT {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static final Pattern URL =
      Pattern.compile("dashboard live at (http://127\\.0\\.0\\.1:\\d+/)");
  private static final Duration SEEN_WITHIN = Duration.ofSeconds(60);

  @TempDir Path tmp;

  @Test
  void shouldShowOneWorkerDeathAndTheThreadServerDownAndBackWhenSegfaultIsClicked()
      throws Exception {
    requireBrowser();
    Path runDir = tmp.resolve("demo-run");
    Path out = tmp.resolve("demo.out");
    Process demo = startDemo(runDir, out);
    WebDriver browser = null;
    try {
      String url = awaitUrl(demo, out);
      browser = browser();
      browser.get(url);
      WebDriverWait wait = new WebDriverWait(browser, SEEN_WITHIN, Duration.ofMillis(200));
      wait.until(b -> readyToInject(b));
      browser.findElement(By.id("inject-segfault")).click();

      wait.until(b -> count(b, "process", "death") >= 1 && count(b, "process", "recovered") >= 1);
      wait.until(b -> count(b, "thread", "down") >= 1 && count(b, "thread", "back") >= 1);
      int seen = updates(browser);
      wait.until(b -> updates(b) >= seen + 6); // a few seconds of charts after the comeback
      Path shot = screenshot(browser);

      assertThat(count(browser, "process", "death"))
          .as("worker deaths on the process panel")
          .isEqualTo(1);
      assertThat(text(browser, "process", "death")).contains("native_crash", "SIGSEGV");
      assertThat(count(browser, "process", "down")).as("process server never down").isZero();
      assertThat(text(browser, "thread", "down")).contains("segfault");
      assertThat(panel(browser, "thread").getAttribute("data-up")).isEqualTo("true");
      assertThat(shot).isRegularFile();
    } finally {
      if (browser != null) {
        browser.quit();
      }
      ProcessTree.endAll(demo.toHandle(), ProcessTree.processesMentioning(runDir));
    }
    await("no process of the demo left")
        .atMost(Duration.ofSeconds(20))
        .until(() -> ProcessTree.processesMentioning(runDir).isEmpty());
  }

  private static void requireBrowser() {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    if ("true".equals(System.getenv("CI"))) {
      assertThat(present)
          .as(
              "CI must have chromium and chromedriver at %s and %s (.ci/run installs them)",
              CHROMIUM, DRIVER)
          .isTrue();
    }
    assumeTrue(present, "chromium or chromedriver is not installed");
  }

  private Process startDemo(Path runDir, Path out) throws Exception {
    List<String> cmd =
        FaultlineJar.javaJar(
            List.of("-Xmx256m", "-XX:+UseSerialGC"),
            List.of(
                "demo",
                "--dashboard",
                "--duration",
                "90s",
                "--warmup",
                "3s",
                "--workers",
                "2",
                "--rate",
                "20",
                "--faults",
                "none",
                "--run-dir",
                runDir.toString()));
    ProcessBuilder pb =
        new ProcessBuilder(cmd)
            .directory(tmp.toFile())
            .redirectErrorStream(true)
            .redirectOutput(out.toFile());
    pb.environment().remove("FAULTLINE_CHAOS_TOKEN");
    return pb.start();
  }

  private static String awaitUrl(Process demo, Path out) {
    String[] url = new String[1];
    await("the dashboard's URL")
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> {
              assertThat(demo.isAlive())
                  .as("demo alive; output:%n%s", Files.readString(out))
                  .isTrue();
              Matcher m = URL.matcher(Files.readString(out, StandardCharsets.UTF_8));
              url[0] = m.find() ? m.group(1) : null;
              return url[0] != null;
            });
    return url[0];
  }

  private WebDriver browser() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--user-data-dir=" + tmp.resolve("profile"),
        "--window-size=1400,1000");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(DRIVER.toFile())
            .usingAnyFreePort()
            .withLogFile(tmp.resolve("chromedriver.log").toFile())
            .build();
    return new ChromeDriver(service, options);
  }

  /** Both servers up with every unit serving, the buttons on, and the charts fed for a while. */
  private static boolean readyToInject(WebDriver b) {
    List<WebElement> serving =
        b.findElements(
            By.cssSelector(
                "#panel-process .cell[data-state=idle], #panel-process .cell[data-state=busy]"));
    return b.findElement(By.id("inject-segfault")).isEnabled()
        && serving.size() == 2
        && "true".equals(panel(b, "thread").getAttribute("data-up"))
        && updates(b) >= 8;
  }

  private static int updates(WebDriver b) {
    String n = b.findElement(By.tagName("body")).getAttribute("data-updates");
    return n == null ? 0 : Integer.parseInt(n);
  }

  private static WebElement panel(WebDriver b, String target) {
    return b.findElement(By.id("panel-" + target));
  }

  private static int count(WebDriver b, String target, String kind) {
    return b.findElements(By.cssSelector("#panel-" + target + " li." + kind)).size();
  }

  private static String text(WebDriver b, String target, String kind) {
    return b.findElement(By.cssSelector("#panel-" + target + " li." + kind)).getText();
  }

  /** Kept in target/ as the test's artifact; docs/dashboard.png is one of these. */
  private static Path screenshot(WebDriver b) throws Exception {
    Path png = ((ChromeDriver) b).getScreenshotAs(OutputType.FILE).toPath();
    Path kept = Path.of("target", "dashboard-browser-it.png");
    Files.createDirectories(kept.getParent());
    return Files.copy(png, kept, StandardCopyOption.REPLACE_EXISTING);
  }
}
