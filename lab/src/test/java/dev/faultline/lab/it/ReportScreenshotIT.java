package dev.faultline.lab.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.lab.demo.FreePorts;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report opens in headless Chromium with no network (a fresh network namespace when {@code
 * unshare -n} works) and draws both targets in their colours. Without Chromium it fails on CI
 * ({@code CI=true}; {@code .ci/run} installs it) and is skipped elsewhere ({@link
 * RequiredBrowser}). The report comes from a real {@code faultline load} run against a real
 * process-mode server and a thread-mode port where nothing listens (a dead thread-mode server), so
 * the two targets draw different lines. Then the same page in Chromium under Selenium ({@link
 * ReportBrowser}): its four uPlot charts drew, no console error, nothing but the file loaded.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ReportScreenshotIT {
  private static final int THREAD_ORANGE = 0xe8590c;
  private static final int PROCESS_BLUE = 0x1c7ed6;

  @TempDir Path tmp;

  @Test
  void shouldDrawBothTargetsWhenChromiumOpensTheReportOffline() throws Exception {
    Path chromium = RequiredBrowser.chromium();
    Path html = tmp.resolve("report.html");
    try (ServerJvm process = ServerJvm.start("process", 1, null, tmp.resolve("process"))) {
      Process load =
          new ProcessBuilder(
                  FaultlineJar.javaJar(
                      List.of("-Xmx128m"),
                      List.of(
                          "load",
                          "--target",
                          "thread=http://127.0.0.1:" + FreePorts.pick(),
                          "--target",
                          "process=http://127.0.0.1:" + process.port(),
                          "--rate",
                          "50",
                          "--duration",
                          "3s",
                          "--report-html",
                          html.toString())))
              .redirectErrorStream(true)
              .redirectOutput(tmp.resolve("load.out").toFile())
              .start();
      assertThat(load.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(html).isRegularFile();

    Path png = tmp.resolve("report.png");
    Process shot =
        new ProcessBuilder(command(chromium, png, html))
            .redirectErrorStream(true)
            .redirectOutput(tmp.resolve("chromium.out").toFile())
            .start();
    assertThat(shot.waitFor(60, TimeUnit.SECONDS)).as("chromium exits").isTrue();

    assertThat(png).as(Files.readString(tmp.resolve("chromium.out"))).isRegularFile();
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(pixelsNear(image, THREAD_ORANGE))
        .as("thread-mode orange pixels")
        .isGreaterThan(1_500);
    assertThat(pixelsNear(image, PROCESS_BLUE)).as("process-mode blue pixels").isGreaterThan(1_500);
    try (ReportBrowser browser = ReportBrowser.open(tmp)) {
      browser.assertDrawn(html, 4);
    }
  }

  private List<String> command(Path chromium, Path png, Path html) throws Exception {
    List<String> cmd = new ArrayList<>();
    if (new ProcessBuilder("unshare", "-n", "true").start().waitFor() == 0) {
      cmd.addAll(List.of("unshare", "-n"));
    }
    cmd.addAll(
        List.of(
            chromium.toString(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--user-data-dir=" + tmp.resolve("profile"),
            "--hide-scrollbars",
            "--window-size=1000,1850",
            "--screenshot=" + png,
            html.toUri().toString()));
    return cmd;
  }

  private static int pixelsNear(BufferedImage image, int rgb) {
    int n = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        n += close(image.getRGB(x, y), rgb) ? 1 : 0;
      }
    }
    return n;
  }

  private static boolean close(int a, int b) {
    return Math.abs((a >> 16 & 0xff) - (b >> 16 & 0xff))
            + Math.abs((a >> 8 & 0xff) - (b >> 8 & 0xff))
            + Math.abs((a & 0xff) - (b & 0xff))
        < 40;
  }
}
