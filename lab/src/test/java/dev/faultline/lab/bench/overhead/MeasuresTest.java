package dev.faultline.lab.bench.overhead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.faultline.lab.bench.proc.ContextSwitches;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

class MeasuresTest {
  private final Measures measures = new Measures();

  @Test
  void shouldReportBothModesPerRequestAndTheirRatioWhenGivenTheSwitchesOfALoad() {
    Goal g =
        measures.contextSwitches(
            new ContextSwitches(3_000, 1_000), 1_000, new ContextSwitches(5_000, 1_000), 1_000);

    assertThat(g.measured()).isCloseTo(1.5, within(1e-9));
    assertThat(g.met()).isTrue();
    JsonObject json = g.toJson();
    assertThat(
            json.getJsonObject("numbers")
                .getJsonObject("threadMode")
                .getDouble("switchesPerRequest"))
        .isEqualTo(4.0);
    assertThat(json.getJsonObject("numbers").getJsonObject("processMode").getLong("involuntary"))
        .isEqualTo(1_000L);
    assertThat(g.detail()).contains("thread 4.00 per request", "process 6.00");
  }

  @Test
  void shouldMissTheGoalWhenProcessModeSwitchesMoreThanOneAndAHalfTimesAsOften() {
    Goal g =
        measures.contextSwitches(
            new ContextSwitches(4_000, 0), 1_000, new ContextSwitches(6_100, 0), 1_000);

    assertThat(g.met()).isFalse();
  }

  @Test
  void shouldMeasureNothingWhenAModeAnsweredNothing() {
    Goal g =
        measures.contextSwitches(
            new ContextSwitches(4_000, 0), 0, new ContextSwitches(6_000, 0), 1_000);

    assertThat(g.measured()).isNull();
    assertThat(g.met()).isFalse();
    assertThat(g.detail()).contains("thread - per request");
  }
}
