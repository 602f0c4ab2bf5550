package dev.faultline.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LoadSettingsTest {
  private static final Target THREAD = new Target("thread", "127.0.0.1", 8081);
  private static final Target PROCESS = new Target("process", "127.0.0.1", 8082);
  private static final String TOKEN = "sekrit-token";

  private static LoadSettings with(
      List<Target> targets,
      double rate,
      Duration duration,
      int cost,
      List<String> faults,
      Duration faultEvery,
      String token,
      Duration timeout) {
    return new LoadSettings(
        targets, rate, duration, cost, faults, faultEvery, 7L, token, timeout, null);
  }

  private static LoadSettings rateAndDuration(double rate, Duration duration) {
    return with(
        List.of(THREAD),
        rate,
        duration,
        10,
        List.of(),
        Duration.ofSeconds(5),
        null,
        Duration.ofSeconds(5));
  }

  @Test
  void shouldAcceptValidSettings() {
    LoadSettings s =
        with(
            List.of(THREAD, PROCESS),
            100,
            Duration.ofSeconds(30),
            10,
            List.of("exception"),
            Duration.ofSeconds(5),
            TOKEN,
            Duration.ofSeconds(5));

    assertThat(s.targets()).containsExactly(THREAD, PROCESS);
    assertThat(s.faults()).containsExactly("exception");
    assertThat(s.seed()).isEqualTo(7L);
    assertThat(s.reportJson()).isNull();
  }

  @Test
  void shouldCopyTargetsSoLaterChangesDoNotLeakIn() {
    List<Target> targets = new ArrayList<>(List.of(THREAD));
    LoadSettings s =
        with(
            targets,
            100,
            Duration.ofSeconds(1),
            10,
            List.of(),
            Duration.ofSeconds(5),
            null,
            Duration.ofSeconds(5));
    targets.add(PROCESS);

    assertThat(s.targets()).containsExactly(THREAD);
    assertThatThrownBy(() -> s.targets().add(PROCESS))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void shouldRejectZeroRate() {
    assertThatThrownBy(() -> rateAndDuration(0, Duration.ofSeconds(1)))
        .isInstanceOf(ConfigException.class)
        .hasMessage("rate must be > 0, but was 0.0");
  }

  @Test
  void shouldRejectNegativeRateNamingTheKey() {
    assertThatThrownBy(() -> rateAndDuration(-1, Duration.ofSeconds(1)))
        .isInstanceOf(ConfigException.class)
        .hasMessage("rate must be > 0, but was -1.0")
        .extracting(e -> ((ConfigException) e).key())
        .isEqualTo("rate");
  }

  @Test
  void shouldRejectNanAndInfiniteRate() {
    assertThatThrownBy(() -> rateAndDuration(Double.NaN, Duration.ofSeconds(1)))
        .hasMessage("rate must be > 0, but was NaN");
    assertThatThrownBy(() -> rateAndDuration(Double.POSITIVE_INFINITY, Duration.ofSeconds(1)))
        .hasMessage("rate must be > 0, but was Infinity");
  }

  @Test
  void shouldRejectRateAboveMaximum() {
    assertThatThrownBy(() -> rateAndDuration(50_001, Duration.ofSeconds(1)))
        .isInstanceOf(ConfigException.class)
        .hasMessage("rate must be <= 50000, but was 50001.0");
    assertThat(rateAndDuration(LoadSettings.MAX_RATE, Duration.ofSeconds(1)).rate())
        .isEqualTo(50_000);
  }

  @Test
  void shouldRejectDurationUnderOneSecond() {
    assertThatThrownBy(() -> rateAndDuration(100, Duration.ofMillis(999)))
        .isInstanceOf(ConfigException.class)
        .hasMessage("duration must be >= 1s, but was '999ms'");
    assertThat(rateAndDuration(100, Duration.ofSeconds(1)).duration())
        .isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void shouldRejectMissingDuration() {
    assertThatThrownBy(() -> rateAndDuration(100, null))
        .isInstanceOf(ConfigException.class)
        .hasMessage("duration must be >= 1s, but was 'nothing'");
  }

  @Test
  void shouldRejectDurationOverOneHour() {
    assertThatThrownBy(() -> rateAndDuration(100, Duration.ofSeconds(3601)))
        .isInstanceOf(ConfigException.class)
        .hasMessage("duration must be <= 1h, but was '3601s'");
  }

  @Test
  void shouldRejectCostOutOfBounds() {
    assertThatThrownBy(
            () ->
                with(
                    List.of(THREAD),
                    100,
                    Duration.ofSeconds(1),
                    10_001,
                    List.of(),
                    Duration.ofSeconds(5),
                    null,
                    Duration.ofSeconds(5)))
        .isInstanceOf(ConfigException.class)
        .hasMessage("cost must be between 0 and 10000, but was 10001");
  }

  @Test
  void shouldRequireChaosTokenWhenFaultsAreGiven() {
    assertThatThrownBy(
            () ->
                with(
                    List.of(THREAD),
                    100,
                    Duration.ofSeconds(1),
                    10,
                    List.of("exit"),
                    Duration.ofSeconds(5),
                    null,
                    Duration.ofSeconds(5)))
        .isInstanceOf(ConfigException.class)
        .hasMessage("chaos-token is required when --faults is given, but was 'nothing'");
    assertThatThrownBy(
            () ->
                with(
                    List.of(THREAD),
                    100,
                    Duration.ofSeconds(1),
                    10,
                    List.of("exit"),
                    Duration.ofSeconds(5),
                    "   ",
                    Duration.ofSeconds(5)))
        .isInstanceOf(ConfigException.class)
        .hasMessage("chaos-token is required when --faults is given, but was 'nothing'");
  }

  @Test
  void shouldRejectDuplicateTargetNames() {
    Target again = new Target("thread", "127.0.0.1", 9999);
    assertThatThrownBy(
            () ->
                with(
                    List.of(THREAD, again),
                    100,
                    Duration.ofSeconds(1),
                    10,
                    List.of(),
                    Duration.ofSeconds(5),
                    null,
                    Duration.ofSeconds(5)))
        .isInstanceOf(ConfigException.class)
        .hasMessage("target names must be distinct, but was [thread, thread]");
  }

  @Test
  void shouldRejectNoTargetsAndTooManyTargets() {
    List<Target> nine =
        IntStream.range(0, 9).mapToObj(i -> new Target("t" + i, "127.0.0.1", 8000 + i)).toList();
    assertThatThrownBy(
            () ->
                with(
                    List.of(),
                    100,
                    Duration.ofSeconds(1),
                    10,
                    List.of(),
                    Duration.ofSeconds(5),
                    null,
                    Duration.ofSeconds(5)))
        .isInstanceOf(ConfigException.class)
        .hasMessage("target must be given 1 to 8 times, but was '0 targets'");
    assertThatThrownBy(
            () ->
                with(
                    nine,
                    100,
                    Duration.ofSeconds(1),
                    10,
                    List.of(),
                    Duration.ofSeconds(5),
                    null,
                    Duration.ofSeconds(5)))
        .isInstanceOf(ConfigException.class)
        .hasMessage("target must be given 1 to 8 times, but was '9 targets'");
  }

  @Test
  void shouldRejectTooShortFaultIntervalAndTimeout() {
    assertThatThrownBy(
            () ->
                with(
                    List.of(THREAD),
                    100,
                    Duration.ofSeconds(1),
                    10,
                    List.of(),
                    Duration.ofMillis(99),
                    null,
                    Duration.ofSeconds(5)))
        .isInstanceOf(ConfigException.class)
        .hasMessage("fault-every must be >= 100ms, but was '99ms'");
    assertThatThrownBy(
            () ->
                with(
                    List.of(THREAD),
                    100,
                    Duration.ofSeconds(1),
                    10,
                    List.of(),
                    Duration.ofSeconds(5),
                    null,
                    Duration.ofMillis(9)))
        .isInstanceOf(ConfigException.class)
        .hasMessage("timeout must be >= 10ms, but was '9ms'");
  }

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

  @Test
  void shouldRejectFaultsInAMaxRateRun() {
    LoadSettings faulty =
        with(
            List.of(THREAD),
            100,
            Duration.ofSeconds(1),
            10,
            List.of("exit"),
            Duration.ofSeconds(5),
            TOKEN,
            Duration.ofSeconds(5));
    assertThatThrownBy(() -> faulty.withModel(LoadModel.maxRate(4)))
        .isInstanceOf(ConfigException.class)
        .hasMessage("faults need a paced --rate, not max, but was 'exit'");
  }
}
