package dev.faultline.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

  @Test
  void shouldParseMilliseconds() {
    assertThat(Durations.parse("timeout", "500ms")).isEqualTo(Duration.ofMillis(500));
  }

  @Test
  void shouldParseSeconds() {
    assertThat(Durations.parse("duration", "30s")).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void shouldParseMinutes() {
    assertThat(Durations.parse("duration", "2m")).isEqualTo(Duration.ofMinutes(2));
  }

  @Test
  void shouldParseHours() {
    assertThat(Durations.parse("duration", "1h")).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void shouldReadBareNumberAsSeconds() {
    assertThat(Durations.parse("duration", "45")).isEqualTo(Duration.ofSeconds(45));
    assertThat(Durations.parse("duration", "0")).isEqualTo(Duration.ZERO);
  }

  @Test
  void shouldIgnoreSurroundingWhitespace() {
    assertThat(Durations.parse("duration", "  30s ")).isEqualTo(Duration.ofSeconds(30));
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "", "-5s", "1.5s", "10 s", "1d", "ms", "5sec", "5S"})
  void shouldRejectGarbageNamingTheKey(String text) {
    assertThatThrownBy(() -> Durations.parse("fault-every", text))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "fault-every must be a duration like 500ms, 30s, 2m or 1h, but was '" + text + "'")
        .extracting(e -> ((ConfigException) e).key())
        .isEqualTo("fault-every");
  }

  @Test
  void shouldRejectNullNamingTheKey() {
    assertThatThrownBy(() -> Durations.parse("timeout", null))
        .isInstanceOf(ConfigException.class)
        .hasMessage("timeout must be a duration like 500ms, 30s, 2m or 1h, but was null");
  }

  @Test
  void shouldFormatWholeSecondsInSeconds() {
    assertThat(Durations.format(Duration.ofSeconds(30))).isEqualTo("30s");
    assertThat(Durations.format(Duration.ofMinutes(2))).isEqualTo("120s");
    assertThat(Durations.format(Duration.ofMillis(2000))).isEqualTo("2s");
    assertThat(Durations.format(Duration.ZERO)).isEqualTo("0s");
  }

  @Test
  void shouldFormatFractionalSecondsInMilliseconds() {
    assertThat(Durations.format(Duration.ofMillis(500))).isEqualTo("500ms");
    assertThat(Durations.format(Duration.ofMillis(1500))).isEqualTo("1500ms");
  }

  @Test
  void shouldFormatNullAsNothing() {
    assertThat(Durations.format(null)).isEqualTo("nothing");
  }

  @Test
  void shouldRoundTripFormatThroughParse() {
    for (String text : new String[] {"500ms", "30s", "1500ms", "3600s"}) {
      assertThat(Durations.format(Durations.parse("duration", text))).isEqualTo(text);
    }
  }
}
