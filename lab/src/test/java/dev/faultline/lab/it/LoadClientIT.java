package dev.faultline.lab.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.vertx.core.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.HistogramLogReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code faultline load} against a real one-thread server that is really stalled: the whole server
 * JVM is stopped with SIGSTOP for one second (by pid) and continued with SIGCONT. A closed loop
 * stops sending during the stall, so its uncorrected p99 hides what the corrected one shows; an
 * open loop keeps sending, so both show it. Thresholds set the exit status both ways.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class LoadClientIT {
  private static final int THRESHOLD_FAILED = 99;

  @TempDir static Path shared;
  @TempDir Path tmp;
  private static ServerJvm server;
  @RegisterExtension static final ServerExtension servers = new ServerExtension();

  @BeforeAll
  static void startOneThreadServer() throws IOException {
    server = servers.start("thread", 1, null, shared.resolve("server"));
  }

  @AfterAll
  static void resumeServer() throws IOException {
    if (server != null) {
      resume(); // a stopped (SIGSTOP) server could not stop politely
    }
  }

  /** A client run: exit status, its output and its JSON report. */
  private record Run(int exit, String output, JsonObject report) {
    JsonObject thread() {
      return report.getJsonObject("targets").getJsonObject("thread");
    }

    double p99(String group) {
      return thread().getJsonObject(group).getDouble("p99");
    }
  }

  private Run load(boolean stall, String... flags) throws Exception {
    Path out = tmp.resolve("load.out");
    Path json = tmp.resolve("load.json");
    List<String> args =
        new ArrayList<>(
            List.of(
                "load",
                "--target",
                "thread=http://127.0.0.1:" + server.port(),
                "--cost",
                "0",
                "--seed",
                "7",
                "--report-json",
                json.toString()));
    args.addAll(List.of(flags));
    Process client =
        new ProcessBuilder(FaultlineJar.javaJar(List.of("-Xmx256m", "-XX:+UseSerialGC"), args))
            .redirectErrorStream(true)
            .redirectOutput(out.toFile())
            .start();
    try {
      if (stall) {
        await("second 2 of the measured run")
            .atMost(Duration.ofSeconds(60))
            .pollInterval(Duration.ofMillis(20))
            .failFast("client exited early", () -> !client.isAlive())
            .until(() -> Files.readString(out).contains("[load]    2s"));
        stallServerForOneSecond();
      }
      assertThat(client.waitFor(90, TimeUnit.SECONDS)).as("client exits by itself").isTrue();
      String output = Files.readString(out, StandardCharsets.UTF_8);
      return new Run(
          client.exitValue(),
          output,
          Files.exists(json) ? new JsonObject(Files.readString(json)) : null);
    } finally {
      client.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }

  /** SIGSTOP to the whole server JVM, one second, SIGCONT: a real stall, not a simulated one. */
  private static void stallServerForOneSecond() throws Exception {
    Process stall =
        new ProcessBuilder(
                "sh",
                "-c",
                "kill -STOP \"$1\" && sleep 1; kill -CONT \"$1\"",
                "stall",
                String.valueOf(server.pid()))
            .inheritIO()
            .start();
    assertThat(stall.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(stall.exitValue()).as("kill -STOP / -CONT").isZero();
  }

  private static void resume() throws IOException {
    new ProcessBuilder("kill", "-CONT", String.valueOf(server.pid())).start();
  }

  @Test
  void shouldShowCorrectedP99FarAboveUncorrectedWhenAClosedLoopMeetsAOneSecondStall()
      throws Exception {
    Path html = tmp.resolve("report.html");

    Run run =
        load(
            true,
            "--rate",
            "100",
            "--connections",
            "2",
            "--duration",
            "6s",
            "--warmup",
            "2s",
            "--threshold",
            "thread.latency.p99<100ms",
            "--report-html",
            html.toString());

    assertThat(run.exit())
        .as("the stall breaks the latency threshold; output:%n%s", run.output())
        .isEqualTo(THRESHOLD_FAILED);
    assertThat(run.p99("latencyMs"))
        .as("corrected p99: requests due during the stall waited for it")
        .isGreaterThan(500);
    assertThat(run.p99("uncorrectedLatencyMs") * 4)
        .as("uncorrected p99 x 4, in %s", run.thread())
        .isLessThan(run.p99("latencyMs"));
    assertThat(run.thread().getLong("late"))
        .as("requests that could not leave on time")
        .isGreaterThan(50);
    assertThat(run.thread().getLong("collateralFailures"))
        .as("a stall is slow, not broken")
        .isZero();
    assertThat(run.output())
        .contains("thread.latency.p99<100ms: FAILED")
        .contains("exit status 99")
        .contains("the client ran a closed loop: all 2 connections were waiting for answers");
    assertThat(Files.readString(html))
        .contains("coordinated omission")
        .contains("the client ran a closed loop: all 2 connections were waiting for answers");
  }

  @Test
  void shouldShowTheStallInBothFiguresWhenTheOpenLoopKeepsSending() throws Exception {
    Run run = load(true, "--rate", "100", "--duration", "6s", "--warmup", "2s");

    assertThat(run.exit()).as(run.output()).isZero();
    assertThat(run.p99("latencyMs")).isGreaterThan(500);
    assertThat(run.p99("uncorrectedLatencyMs"))
        .as("requests left on time, so their own clocks saw the stall too")
        .isGreaterThan(run.p99("latencyMs") / 2);
  }

  @Test
  void shouldExitZeroWhenEveryThresholdHoldsAndWriteEveryReport() throws Exception {
    Path csv = tmp.resolve("t.csv");
    Path hdr = tmp.resolve("t.hlog");
    Path html = tmp.resolve("t.html");

    Run run =
        load(
            false,
            "--rate",
            "50",
            "--duration",
            "3s",
            "--threshold",
            "thread.availability>=0.99",
            "--threshold",
            "thread.wrongAnswers==0",
            "--report-csv",
            csv.toString(),
            "--report-hdr",
            hdr.toString(),
            "--report-html",
            html.toString());

    assertThat(run.exit()).as(run.output()).isZero();
    assertThat(run.output())
        .contains("threshold thread.availability>=0.99: passed")
        .contains("threshold thread.wrongAnswers==0: passed");
    assertThat(run.thread().getLong("ok")).isEqualTo(150);
    assertThat(run.report().getJsonArray("thresholds")).hasSize(2);
    assertThat(Files.readAllLines(csv))
        .hasSizeGreaterThanOrEqualTo(4)
        .first()
        .asString()
        .startsWith("target,second,");
    assertThat(intervals(hdr))
        .as("one corrected and one uncorrected interval per second")
        .isGreaterThanOrEqualTo(6);
    assertThat(Files.readString(html)).contains("<figure class=\"chart\">").contains("thread");
  }

  private static int intervals(Path log) throws IOException {
    HistogramLogReader reader =
        new HistogramLogReader(new ByteArrayInputStream(Files.readAllBytes(log)));
    int n = 0;
    while (reader.nextIntervalHistogram() != null) {
      n++;
    }
    return n;
  }
}
