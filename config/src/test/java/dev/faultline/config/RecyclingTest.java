package dev.faultline.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RecyclingTest {

  @Test
  void shouldBeOffByDefault() {
    assertThat(Recycling.off().enabled()).isFalse();
  }

  @Test
  void shouldBeEnabledByAnyOneLimit() {
    assertThat(new Recycling(100, 0, 0, Duration.ZERO).enabled()).isTrue();
    assertThat(new Recycling(0, 0, 200, Duration.ZERO).enabled()).isTrue();
    assertThat(new Recycling(0, 0, 0, Duration.ofMinutes(5)).enabled()).isTrue();
  }

  @Test
  void shouldRejectNegativeMaxRequests() {
    assertThatThrownBy(() -> new Recycling(-1, 0, 0, Duration.ZERO))
        .isInstanceOf(ConfigException.class)
        .hasMessage("max-requests must be between 0 and 1000000000, but was -1");
  }

  @Test
  void shouldRejectNegativeJitter() {
    assertThatThrownBy(() -> new Recycling(10, -5, 0, Duration.ZERO))
        .hasMessage("max-requests-jitter must be between 0 and 1000000000, but was -5");
  }

  @Test
  void shouldRejectResidentMemoryLimitBelowAnyJvm() {
    assertThatThrownBy(() -> new Recycling(0, 0, 8, Duration.ZERO))
        .hasMessage("max-rss-mb must be between 16 and 65536, but was 8");
  }

  @Test
  void shouldRejectLifetimeBelowOneSecondUnlessZero() {
    assertThatThrownBy(() -> new Recycling(0, 0, 0, Duration.ofMillis(500)))
        .hasMessage("max-lifetime must be 0 (off) or between 1s and 2592000s, but was '500ms'");
  }
}
