package dev.faultline.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ServerSettingsTest {
  private static final Path RUN_DIR = Path.of("run");
  private static final String TOKEN = "sekrit-token";

  private static ServerSettings settings(
      Mode mode, int port, int units, int unitHeapMb, String token) {
    return new ServerSettings(mode, "127.0.0.1", port, units, unitHeapMb, token, RUN_DIR);
  }

  @Test
  void shouldKeepEveryFieldOfAValidRecord() {
    ServerSettings s = new ServerSettings(Mode.PROCESS, "127.0.0.1", 8080, 4, 64, TOKEN, RUN_DIR);

    assertThat(s.mode()).isEqualTo(Mode.PROCESS);
    assertThat(s.host()).isEqualTo("127.0.0.1");
    assertThat(s.port()).isEqualTo(8080);
    assertThat(s.units()).isEqualTo(4);
    assertThat(s.unitHeapMb()).isEqualTo(64);
    assertThat(s.chaosToken()).isEqualTo(TOKEN);
    assertThat(s.runDir()).isEqualTo(RUN_DIR);
    assertThat(s.chaosEnabled()).isTrue();
  }

  @Test
  void shouldDisableChaosWhenThereIsNoToken() {
    assertThat(settings(Mode.THREAD, 8080, 4, 64, null).chaosEnabled()).isFalse();
  }

  @Test
  void shouldAcceptPortZeroAndTheHighestPort() {
    assertThat(settings(Mode.THREAD, 0, 1, 64, null).port()).isZero();
    assertThat(settings(Mode.THREAD, 65_535, 1, 64, null).port()).isEqualTo(65_535);
  }

  @Test
  void shouldRejectNegativePortNamingTheKey() {
    assertThatThrownBy(() -> settings(Mode.THREAD, -1, 4, 64, null))
        .isInstanceOf(ConfigException.class)
        .hasMessage("port must be between 0 and 65535, but was -1")
        .extracting(e -> ((ConfigException) e).key())
        .isEqualTo("port");
  }

  @Test
  void shouldRejectPortAboveRange() {
    assertThatThrownBy(() -> settings(Mode.PROCESS, 65_536, 4, 64, null))
        .isInstanceOf(ConfigException.class)
        .hasMessage("port must be between 0 and 65535, but was 65536");
  }

  @Test
  void shouldNameUnitsThreadsInThreadMode() {
    assertThatThrownBy(() -> settings(Mode.THREAD, 8080, 0, 64, null))
        .isInstanceOf(ConfigException.class)
        .hasMessage("threads must be between 1 and 64, but was 0")
        .extracting(e -> ((ConfigException) e).key())
        .isEqualTo("threads");
  }

  @Test
  void shouldNameUnitsWorkersInProcessMode() {
    assertThatThrownBy(() -> settings(Mode.PROCESS, 8080, 65, 64, null))
        .isInstanceOf(ConfigException.class)
        .hasMessage("workers must be between 1 and 64, but was 65")
        .extracting(e -> ((ConfigException) e).key())
        .isEqualTo("workers");
  }

  @Test
  void shouldAcceptUnitBoundsInclusive() {
    assertThat(settings(Mode.THREAD, 8080, 1, 64, null).units()).isEqualTo(1);
    assertThat(settings(Mode.PROCESS, 8080, ServerSettings.MAX_UNITS, 64, null).units())
        .isEqualTo(64);
  }

  @Test
  void shouldRejectUnitHeapBelowMinimum() {
    assertThatThrownBy(() -> settings(Mode.THREAD, 8080, 4, 15, null))
        .isInstanceOf(ConfigException.class)
        .hasMessage("unit-heap-mb must be between 16 and 4096, but was 15");
  }

  @Test
  void shouldRejectUnitHeapAboveMaximum() {
    assertThatThrownBy(() -> settings(Mode.THREAD, 8080, 4, 4097, null))
        .isInstanceOf(ConfigException.class)
        .hasMessage("unit-heap-mb must be between 16 and 4096, but was 4097");
  }

  @Test
  void shouldAcceptUnitHeapBoundsInclusive() {
    assertThat(settings(Mode.THREAD, 8080, 4, 16, null).unitHeapMb()).isEqualTo(16);
    assertThat(settings(Mode.THREAD, 8080, 4, 4096, null).unitHeapMb()).isEqualTo(4096);
  }

  @Test
  void shouldRejectShortChaosTokenWithoutEchoingIt() {
    assertThatThrownBy(() -> settings(Mode.PROCESS, 8080, 4, 64, "1234567"))
        .isInstanceOf(ConfigException.class)
        .hasMessage("chaos-token must have at least 8 characters, but was '(7 characters)'")
        .hasMessageNotContaining("1234567");
  }

  @Test
  void shouldAcceptChaosTokenOfExactlyMinimumLength() {
    assertThat(settings(Mode.PROCESS, 8080, 4, 64, "12345678").chaosEnabled()).isTrue();
  }

  @Test
  void shouldRequireModeHostAndRunDir() {
    assertThatThrownBy(() -> new ServerSettings(null, "127.0.0.1", 8080, 4, 64, null, RUN_DIR))
        .isInstanceOf(ConfigException.class)
        .hasMessage("mode is required, but was 'nothing'");
    assertThatThrownBy(() -> new ServerSettings(Mode.THREAD, null, 8080, 4, 64, null, RUN_DIR))
        .isInstanceOf(ConfigException.class)
        .hasMessage("host is required, but was 'nothing'");
    assertThatThrownBy(() -> new ServerSettings(Mode.THREAD, "127.0.0.1", 8080, 4, 64, null, null))
        .isInstanceOf(ConfigException.class)
        .hasMessage("run-dir is required, but was 'nothing'");
  }

  @Test
  void shouldComputeHeapBudgetAsUnitsTimesUnitHeapInEitherMode() {
    assertThat(settings(Mode.THREAD, 8080, 4, 64, null).heapBudgetMb()).isEqualTo(256);
    assertThat(settings(Mode.PROCESS, 8080, 4, 64, null).heapBudgetMb()).isEqualTo(256);
    assertThat(settings(Mode.PROCESS, 8080, 64, 4096, null).heapBudgetMb()).isEqualTo(262_144);
  }
}
