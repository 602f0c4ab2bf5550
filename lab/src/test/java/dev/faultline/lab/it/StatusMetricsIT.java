package dev.faultline.lab.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A worker death shows in both views of a real process-mode server: {@code /status} names its cause
 * as the slot's last death (JSON and text), and {@code /metrics} counts it by cause class. A
 * thread-mode server shows a thread stuck in a hung request on its scoreboard.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class StatusMetricsIT {
  private static final String TOKEN = "status-metrics-token";
  private static final Map<String, String> CHAOS = Map.of("X-Chaos-Token", TOKEN);
  private static final Pattern NATIVE_DEATHS =
      Pattern.compile(
          "^faultline_worker_deaths_total\\{cause=\"native_crash\",mode=\"process\"} (\\S+)$",
          Pattern.MULTILINE);

  @RegisterExtension final ServerExtension servers = new ServerExtension();
  @TempDir Path tmp;

  @Test
  void shouldShowAWorkerDeathInStatusAndInMetricsWhenAWorkerSegfaults() throws Exception {
    ServerJvm server = servers.start("process", 2, TOKEN, tmp.resolve("p"));
    server.awaitAllReady(2);
    double before = nativeDeaths(server);

    int status = server.get("/work?input=7&cost=1&fault=segfault", CHAOS).status();
    server.awaitAllReady(2);

    assertThat(status).isEqualTo(502);
    JsonObject dead = unitWithDeath(server.status());
    assertThat(dead.getJsonObject("lastDeath").getString("causeClass")).isEqualTo("native_crash");
    assertThat(dead.getJsonObject("lastDeath").getString("cause")).contains("SIGSEGV");
    assertThat(dead.getJsonObject("lastDeath").getString("requestLost")).contains("fault=segfault");
    assertThat(dead.getInteger("restarts")).isEqualTo(1);
    assertThat(nativeDeaths(server)).isEqualTo(before + 1);
    assertThat(server.get("/status?format=text").body())
        .contains("faultline process mode")
        .containsPattern(
            "last death: SIGSEGV.*lost \\d+ GET /work\\?input=7&cost=1&fault=segfault");
    assertThat(server.get("/metrics").body())
        .contains("faultline_worker_restarts_total{mode=\"process\"} 1.0")
        .contains("faultline_requests_total{mode=\"process\",outcome=\"worker_crashed\"} 1.0")
        .contains("faultline_worker_recovery_seconds_count{mode=\"process\"} 1");
  }

  @Test
  void shouldShowAThreadBusyForGoodWhenItsRequestHangs() throws Exception {
    ServerJvm server = servers.start("thread", 2, TOKEN, tmp.resolve("t"));
    Thread hung =
        new Thread(
            () -> {
              try {
                server.get("/work?input=7&cost=1&fault=hang", CHAOS);
              } catch (Exception e) {
                // it never answers; the server's stop ends it
              }
            });
    hung.setDaemon(true);
    hung.start();

    JsonObject unit =
        await("a thread busy with the hung request for over a second")
            .atMost(Duration.ofSeconds(30))
            .pollInterval(Duration.ofMillis(200))
            .until(
                () -> busyUnit(server.status()),
                u -> u != null && u.getJsonObject("current").getLong("runningMs") > 1_000);

    assertThat(unit.getString("id")).startsWith("thread-");
    assertThat(unit.getJsonObject("current").getString("path")).contains("fault=hang");
    assertThat(server.status().getJsonObject("scoreboard").getString("summary")).contains("W");
    assertThat(server.get("/status?format=text").body()).containsPattern("thread-\\d +\\d+ +busy");
  }

  private static double nativeDeaths(ServerJvm server) throws Exception {
    Matcher m = NATIVE_DEATHS.matcher(server.get("/metrics").body());
    return m.find() ? Double.parseDouble(m.group(1)) : 0;
  }

  private static JsonObject unitWithDeath(JsonObject status) {
    return status.getJsonObject("scoreboard").getJsonArray("units").stream()
        .map(JsonObject.class::cast)
        .filter(u -> u.getJsonObject("lastDeath") != null)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no unit with a last death in " + status));
  }

  private static JsonObject busyUnit(JsonObject status) {
    return status.getJsonObject("scoreboard").getJsonArray("units").stream()
        .map(JsonObject.class::cast)
        .filter(u -> "busy".equals(u.getString("state")))
        .findFirst()
        .orElse(null);
  }
}
