package dev.faultline.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LoadModelTest {

  @Test
  void shouldDefaultToOpenLoopAtAConstantRateWithTheInFlightBound() {
    LoadModel m = LoadModel.OPEN_LOOP;

    assertThat(m.closed()).isFalse();
    assertThat(m.ramps()).isFalse();
    assertThat(m.maxRate()).isFalse();
    assertThat(m.inFlightLimit()).isEqualTo(LoadModel.DEFAULT_MAX_IN_FLIGHT).isEqualTo(2_000);
    assertThat(m.describe()).isEqualTo("open loop");
  }

  @Test
  void shouldBoundInFlightRequestsByTheConnectionsInAClosedLoop() {
    assertThat(LoadModel.closedLoop(8).inFlightLimit()).isEqualTo(8);
    assertThat(LoadModel.closedLoop(8).describe()).isEqualTo("closed loop, 8 connections");
    assertThat(LoadModel.closedLoop(1).describe()).isEqualTo("closed loop, 1 connection");
    assertThat(LoadModel.maxRate(50).describe()).isEqualTo("max rate, 50 connections");
  }

  @Test
  void shouldRejectConnectionsAndInFlightBoundsOutOfRange() {
    assertThatThrownBy(() -> LoadModel.closedLoop(-1))
        .isInstanceOf(ConfigException.class)
        .hasMessage("connections must be between 0 and 5000, but was -1");
    assertThatThrownBy(() -> LoadModel.closedLoop(5_001))
        .hasMessage("connections must be between 0 and 5000, but was 5001");
    assertThatThrownBy(() -> LoadModel.OPEN_LOOP.withMaxInFlight(0))
        .hasMessage("max-in-flight must be between 1 and 5000, but was 0");
  }

  @Test
  void shouldRejectMaxRateWithoutConnectionsOrWithARamp() {
    assertThatThrownBy(() -> new LoadModel(0, 0, true, 10))
        .isInstanceOf(ConfigException.class)
        .hasMessage("rate max needs --connections (a closed loop), but was 'max'");
    assertThatThrownBy(() -> new LoadModel(20, 4, true, 10))
        .hasMessage("rate max cannot ramp, but was 'max..20.0'");
  }

  @Test
  void shouldRejectARampEndThatIsNotAValidRate() {
    assertThatThrownBy(() -> LoadModel.OPEN_LOOP.withRampTo(-5))
        .hasMessage("rate must be > 0, but was -5.0");
    assertThatThrownBy(() -> LoadModel.OPEN_LOOP.withRampTo(60_000))
        .hasMessage("rate ramp end must be <= 50000, but was 60000.0");
  }
}
