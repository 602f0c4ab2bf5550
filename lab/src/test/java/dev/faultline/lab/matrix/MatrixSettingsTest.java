package dev.faultline.lab.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.faultline.config.ConfigException;
import dev.faultline.config.Mode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class MatrixSettingsTest {

  private static MatrixSettings with(
      List<String> faults,
      int workers,
      double rate,
      Duration baseline,
      Duration window,
      int maxOpenFiles) {
    return new MatrixSettings(
        faults,
        List.of(Mode.THREAD, Mode.PROCESS),
        workers,
        rate,
        10,
        64,
        Duration.ofSeconds(1),
        baseline,
        window,
        Duration.ofSeconds(2),
        Duration.ofSeconds(2),
        maxOpenFiles,
        7,
        null,
        null,
        null,
        Path.of("run"));
  }

  static MatrixSettings valid() {
    return with(List.of("exit"), 2, 50, Duration.ofSeconds(2), Duration.ofSeconds(6), 4096);
  }

  @Test
  void shouldLayOutTheTimelineFromThePhases() {
    Timeline t = valid().timeline();

    assertThat(t)
        .isEqualTo(new Timeline(1_000_000_000L, 3_000_000_000L, 3_000_000_000L, 9_000_000_000L));
  }

  @Test
  void shouldRefuseAnEmptyFaultList() {
    assertThatThrownBy(
            () -> with(List.of(), 2, 50, Duration.ofSeconds(2), Duration.ofSeconds(6), 4096))
        .isInstanceOf(ConfigException.class)
        .hasMessage("faults must name at least one fault, but was 'none'");
  }

  @Test
  void shouldRefuseAWindowTooShortForARecoveryToFit() {
    assertThatThrownBy(
            () -> with(List.of("exit"), 2, 50, Duration.ofSeconds(2), Duration.ofSeconds(1), 4096))
        .isInstanceOf(ConfigException.class)
        .hasMessage("window must be >= 1500ms, but was '1s'");
  }

  @Test
  void shouldRefuseAWindowLongerThanFiveMinutes() {
    assertThatThrownBy(
            () -> with(List.of("exit"), 2, 50, Duration.ofSeconds(2), Duration.ofMinutes(6), 4096))
        .isInstanceOf(ConfigException.class)
        .hasMessage("window must be <= 300s, but was '360s'");
  }

  @Test
  void shouldRefuseATooShortBaseline() {
    assertThatThrownBy(
            () -> with(List.of("exit"), 2, 50, Duration.ofMillis(100), Duration.ofSeconds(6), 4096))
        .isInstanceOf(ConfigException.class)
        .hasMessage("baseline must be >= 500ms, but was '100ms'");
  }

  @Test
  void shouldRefuseARateAboveTheBound() {
    assertThatThrownBy(
            () ->
                with(List.of("exit"), 2, 5_000, Duration.ofSeconds(2), Duration.ofSeconds(6), 4096))
        .isInstanceOf(ConfigException.class)
        .hasMessage("rate must be <= 1000, but was 5000.0");
  }

  @Test
  void shouldRefuseZeroWorkers() {
    assertThatThrownBy(
            () -> with(List.of("exit"), 0, 50, Duration.ofSeconds(2), Duration.ofSeconds(6), 4096))
        .isInstanceOf(ConfigException.class)
        .hasMessage("workers must be between 1 and 64, but was 0");
  }

  @Test
  void shouldRefuseAFileLimitTooLowForAServerButAcceptZeroForInherit() {
    assertThatThrownBy(
            () -> with(List.of("exit"), 2, 50, Duration.ofSeconds(2), Duration.ofSeconds(6), 100))
        .isInstanceOf(ConfigException.class)
        .hasMessage("max-open-files must be between 256 and 1048576, but was 100");
    assertThat(
            with(List.of("exit"), 2, 50, Duration.ofSeconds(2), Duration.ofSeconds(6), 0)
                .maxOpenFiles())
        .isZero();
  }

  @Test
  void shouldRefuseATimelineOutOfOrder() {
    assertThatThrownBy(() -> new Timeline(5, 4, 6, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "need 0 <= baselineStart <= baselineEnd <= injectAt < windowEnd, but was 5, 4, 6, 10");
    assertThatThrownBy(() -> new Timeline(1, 5, 4, 10))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
