package dev.faultline.config;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BindConsentTest {
  @Test
  void shouldAllowLoopbackWithChaosWithoutAnyFlag() {
    assertThatCode(() -> BindConsent.check("127.0.0.1", false, true, false))
        .doesNotThrowAnyException();
  }

  @Test
  void shouldRefuseANonLoopbackAddressWithoutTheFlag() {
    assertThatThrownBy(() -> BindConsent.check("0.0.0.0", false, false, false))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "host is not a loopback address; add --allow-non-loopback to bind it anyway,"
                + " but was '0.0.0.0'");
  }

  @Test
  void shouldRefuseChaosOnANonLoopbackAddressWithoutTheSecondFlag() {
    assertThatThrownBy(() -> BindConsent.check("0.0.0.0", true, true, false))
        .hasMessage(
            "host is not a loopback address and chaos is on (a chaos token is set); add"
                + " --allow-remote-chaos to let clients on the network inject faults,"
                + " but was '0.0.0.0'");
  }

  @Test
  void shouldAllowBothWhenBothFlagsAreGiven() {
    assertThatCode(() -> BindConsent.check("0.0.0.0", true, true, true)).doesNotThrowAnyException();
    assertThatCode(() -> BindConsent.check("0.0.0.0", true, false, false))
        .doesNotThrowAnyException();
  }
}
