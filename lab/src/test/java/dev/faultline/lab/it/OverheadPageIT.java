package dev.faultline.lab.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.client.page.Palette;
import dev.faultline.lab.bench.overhead.OverheadReportSample;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code bench overhead} page in the real browser ({@link ReportBrowser}). Its report is made
 * by the benchmark's own code from given inputs ({@link OverheadReportSample}), not by its two
 * minutes of servers: the goals' chart drew a green bar for a met goal and a red one for a missed
 * goal, with no console error and nothing loaded but the file.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class OverheadPageIT {
  @TempDir Path tmp;

  @Test
  void shouldDrawEveryGoalInTheBrowserWhenTheOverheadPageOpens() throws Exception {
    Path html = Files.writeString(tmp.resolve("overhead.html"), OverheadReportSample.page());

    try (ReportBrowser browser = ReportBrowser.open(tmp)) {
      List<JsonObject> charts = browser.assertDrawn(html, 1);
      JsonObject drawn = charts.get(0).getJsonObject("drawn");
      assertThat(drawn.getLong(Palette.GOOD)).as("met: green bars").isPositive();
      assertThat(drawn.getLong(Palette.BAD)).as("not met: red bars").isPositive();
    }
  }
}
