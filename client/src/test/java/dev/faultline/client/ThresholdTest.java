package dev.faultline.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.faultline.config.ConfigException;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThresholdTest {
  private static final List<String> TARGETS = List.of("thread", "process");
  private static final JsonObject SUMMARY =
      new JsonObject()
          .put("availability", 0.9995)
          .put("collateralFailures", 0L)
          .put("late", 12L)
          .put("latencyMs", new JsonObject().put("p99", 48.5).put("max", 1200.0))
          .put("uncorrectedLatencyMs", new JsonObject().put("p99", 3.2));

  private static Threshold parse(String text) {
    return Threshold.parse(text, TARGETS);
  }

  @Test
  void shouldParseTargetMetricOperatorAndValue() {
    Threshold t = parse("process.availability>=0.999");

    assertThat(t.target()).isEqualTo("process");
    assertThat(t.metric()).isEqualTo("availability");
    assertThat(t.op()).isEqualTo(">=");
    assertThat(t.value()).isEqualTo(0.999);
  }

  @Test
  void shouldReadLatencyUnitsIntoMilliseconds() {
    assertThat(parse("process.latency.p99<50ms").value()).isEqualTo(50);
    assertThat(parse("process.latency.p99<50").value()).isEqualTo(50);
    assertThat(parse("process.latency.max<2s").value()).isEqualTo(2000);
    assertThat(parse("process.uncorrectedLatency.p99 < 500us").value()).isEqualTo(0.5);
  }

  @Test
  void shouldReadAvailabilityAsRatioOrPercentage() {
    assertThat(parse("thread.availability>=99.9%").value())
        .isCloseTo(0.999, org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void shouldPassAndFailByComparingTheSummaryFigure() {
    assertThat(parse("process.availability>=0.999").check(SUMMARY).passed()).isTrue();
    assertThat(parse("process.latency.p99<50ms").check(SUMMARY).passed()).isTrue();
    assertThat(parse("process.latency.p99<40ms").check(SUMMARY).passed()).isFalse();
    assertThat(parse("process.latency.max<=1.2s").check(SUMMARY).passed()).isTrue();
    assertThat(parse("process.collateralFailures==0").check(SUMMARY).passed()).isTrue();
    assertThat(parse("process.late>12").check(SUMMARY).passed()).isFalse();
    assertThat(parse("process.uncorrectedLatency.p99<5ms").check(SUMMARY).actual()).isEqualTo(3.2);
  }

  @Test
  void shouldFailAThresholdWhoseFigureIsMissing() {
    ThresholdResult r = parse("process.latency.p50<1s").check(SUMMARY);

    assertThat(r.passed()).isFalse();
    assertThat(r.actual()).isNaN();
    assertThat(r.describe()).isEqualTo("process.latency.p50<1s: FAILED (was no data)");
  }

  @Test
  void shouldDescribeTheResultWithTheFigureSeen() {
    assertThat(parse("process.latency.p99<40ms").check(SUMMARY).describe())
        .isEqualTo("process.latency.p99<40ms: FAILED (was 48.5000 ms)");
    assertThat(parse("process.collateralFailures==0").check(SUMMARY).describe())
        .isEqualTo("process.collateralFailures==0: passed (was 0)");
  }

  @Test
  void shouldRejectBadSyntaxNamingTheFlagAndTheValue() {
    assertThatThrownBy(() -> parse("process availability > 1"))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "threshold must look like TARGET.METRIC<OP>VALUE, e.g. process.latency.p99<50ms, "
                + "but was 'process availability > 1'")
        .extracting(e -> ((ConfigException) e).key())
        .isEqualTo("threshold");
    assertThatThrownBy(() -> parse("process.latency.p99=<5ms")).isInstanceOf(ConfigException.class);
    assertThatThrownBy(() -> parse(null)).isInstanceOf(ConfigException.class);
  }

  @Test
  void shouldRejectUnknownTargetsAndMetrics() {
    assertThatThrownBy(() -> parse("fork.availability>=0.9"))
        .hasMessage(
            "threshold target must be one of thread, process, but was 'fork.availability>=0.9'");
    assertThatThrownBy(() -> parse("process.latency.p98<5ms"))
        .hasMessage(
            "threshold metric must be availability, latency.P or uncorrectedLatency.P (P one of p50, p90, "
                + "p99, p999, max, mean) or one of sent, ok, failed, poisoned, collateralFailures, wrongAnswers, late, "
                + "notSent, but was 'process.latency.p98<5ms'");
  }

  @Test
  void shouldRejectUnitsThatDoNotFitTheMetric() {
    assertThatThrownBy(() -> parse("process.late<5ms"))
        .hasMessage("threshold unit ms does not fit metric late, but was 'process.late<5ms'");
    assertThatThrownBy(() -> parse("process.latency.p99<5%"))
        .hasMessage(
            "threshold unit % does not fit metric latency.p99, but was 'process.latency.p99<5%'");
    assertThatThrownBy(() -> parse("process.availability>=99.9"))
        .hasMessage(
            "threshold availability is a ratio from 0 to 1, or a percentage like 99.9%, "
                + "but was 'process.availability>=99.9'");
  }
}
