package dev.faultline.config;

import static dev.faultline.config.LoadSettingsFixture.THREAD;
import static dev.faultline.config.LoadSettingsFixture.rateAndDuration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How many requests a run plans per target: rate times duration, a ramp's mean rate, a max-rate
 * cap.
 */
class LoadPlanTest {
  @Test
  void shouldPlanRateTimesDurationRequests() {
    assertThat(rateAndDuration(100, Duration.ofSeconds(30)).plannedRequests()).isEqualTo(3_000);
    assertThat(rateAndDuration(500, Duration.ofMinutes(60)).plannedRequests())
        .isEqualTo(1_800_000L);
  }

  @Test
  void shouldRejectPlansTooLargeToHoldNamingDuration() {
    assertThatThrownBy(() -> rateAndDuration(50_000, Duration.ofHours(1)))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "duration x rate must stay <= 2000000 requests per target; lower --rate or --duration, "
                + "but was '180000000 requests'");
  }

  @Test
  void shouldRoundPlannedRequestsUp() {
    assertThat(rateAndDuration(0.5, Duration.ofSeconds(3)).plannedRequests()).isEqualTo(2);
    assertThat(rateAndDuration(3, Duration.ofMillis(1500)).plannedRequests()).isEqualTo(5);
    assertThat(rateAndDuration(0.1, Duration.ofSeconds(1)).plannedRequests()).isEqualTo(1);
  }

  @Test
  void shouldDefaultToOpenLoopWhenBuiltTheSkeletonsWay() {
    assertThat(rateAndDuration(100, Duration.ofSeconds(1)).model()).isEqualTo(LoadModel.OPEN_LOOP);
    assertThat(rateAndDuration(100, Duration.ofSeconds(1)).withModel(null).model())
        .isEqualTo(LoadModel.OPEN_LOOP);
  }

  @Test
  void shouldPlanTheMeanRateOfARampTimesDuration() {
    LoadSettings s =
        rateAndDuration(100, Duration.ofSeconds(10)).withModel(LoadModel.OPEN_LOOP.withRampTo(300));

    assertThat(s.endRate()).isEqualTo(300);
    assertThat(s.plannedRequests()).isEqualTo(2_000);
  }

  @Test
  void shouldRejectARampTooLargeToHold() {
    assertThatThrownBy(
            () ->
                rateAndDuration(100, Duration.ofHours(1))
                    .withModel(LoadModel.OPEN_LOOP.withRampTo(2_000)))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "duration x rate must stay <= 2000000 requests per target; lower --rate or --duration, "
                + "but was '3780000 requests'");
  }

  @Test
  void shouldBoundAMaxRateRunByTheRequestCapInsteadOfAPlan() {
    LoadSettings s =
        new LoadSettings(
            List.of(THREAD),
            LoadSettings.MAX_RATE,
            Duration.ofHours(1),
            0,
            List.of(),
            Duration.ofSeconds(5),
            7L,
            null,
            Duration.ofSeconds(5),
            null,
            LoadModel.maxRate(50));

    assertThat(s.plannedRequests()).isEqualTo(LoadSettings.MAX_PLANNED_REQUESTS);
  }
}
