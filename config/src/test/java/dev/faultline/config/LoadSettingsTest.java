package dev.faultline.config;

import static dev.faultline.config.LoadSettingsFixture.PROCESS;
import static dev.faultline.config.LoadSettingsFixture.THREAD;
import static dev.faultline.config.LoadSettingsFixture.TOKEN;
import static dev.faultline.config.LoadSettingsFixture.rateAndDuration;
import static dev.faultline.config.LoadSettingsFixture.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What {@link LoadSettings} accepts and what it rejects, naming the key and the bad value. */
class LoadSettingsTest {
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
