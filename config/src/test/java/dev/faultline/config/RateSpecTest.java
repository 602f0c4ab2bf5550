package dev.faultline.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RateSpecTest {

  @Test
  void shouldReadAConstantRate() {
    RateSpec r = RateSpec.parse("rate", "200");

    assertThat(r.ramps()).isFalse();
    assertThat(r.startRate()).isEqualTo(200);
    assertThat(r.model(0, 100)).isEqualTo(new LoadModel(0, 0, false, 100));
  }

  @Test
  void shouldReadARampFromTo() {
    RateSpec r = RateSpec.parse("rate", " 100..2000 ");

    assertThat(r.ramps()).isTrue();
    assertThat(r.startRate()).isEqualTo(100);
    assertThat(r.model(0, 100).rampTo()).isEqualTo(2000);
    assertThat(RateSpec.parse("rate", "0.5..1.5").to()).isEqualTo(1.5);
  }

  @Test
  void shouldTreatARampToTheSameRateAsConstant() {
    assertThat(RateSpec.parse("rate", "100..100").ramps()).isFalse();
  }

  @Test
  void shouldReadMaxAsAClosedLoopWithoutSchedule() {
    RateSpec r = RateSpec.parse("rate", "max");

    assertThat(r.max()).isTrue();
    assertThat(r.model(50, 100)).isEqualTo(LoadModel.maxRate(50).withMaxInFlight(100));
    assertThatThrownBy(() -> r.model(0, 100)).isInstanceOf(ConfigException.class);
  }

  @Test
  void shouldRejectAnythingElseNamingTheFlag() {
    assertThatThrownBy(() -> RateSpec.parse("rate", "fast"))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "rate must be requests per second (200), a ramp FROM..TO (100..2000) or max, but was 'fast'");
    assertThatThrownBy(() -> RateSpec.parse("rate", "100..")).isInstanceOf(ConfigException.class);
    assertThatThrownBy(() -> RateSpec.parse("rate", "-5")).isInstanceOf(ConfigException.class);
    assertThatThrownBy(() -> RateSpec.parse("rate", null)).isInstanceOf(ConfigException.class);
  }
}
