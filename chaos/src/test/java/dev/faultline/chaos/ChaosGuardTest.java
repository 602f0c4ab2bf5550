package dev.faultline.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.chaos.ChaosGuard.Verdict;
import org.junit.jupiter.api.Test;

class ChaosGuardTest {
  private static final String TOKEN = "sekrit-token";

  @Test
  void shouldRefuseEveryFaultWhenChaosIsDisabled() {
    ChaosGuard off = new ChaosGuard(null);

    assertThat(off.check(null)).isEqualTo(Verdict.CHAOS_DISABLED);
    assertThat(off.check("")).isEqualTo(Verdict.CHAOS_DISABLED);
    assertThat(off.check(TOKEN)).isEqualTo(Verdict.CHAOS_DISABLED);
  }

  @Test
  void shouldRefuseMissingHeaderAsBadToken() {
    assertThat(new ChaosGuard(TOKEN).check(null)).isEqualTo(Verdict.BAD_TOKEN);
    assertThat(new ChaosGuard(TOKEN).check("")).isEqualTo(Verdict.BAD_TOKEN);
  }

  @Test
  void shouldRefuseWrongToken() {
    ChaosGuard guard = new ChaosGuard(TOKEN);

    assertThat(guard.check("wrong-token!")).isEqualTo(Verdict.BAD_TOKEN);
    assertThat(guard.check("sekrit")).isEqualTo(Verdict.BAD_TOKEN);
    assertThat(guard.check(TOKEN + " ")).isEqualTo(Verdict.BAD_TOKEN);
    assertThat(guard.check("SEKRIT-TOKEN")).isEqualTo(Verdict.BAD_TOKEN);
  }

  @Test
  void shouldAllowTheRightToken() {
    assertThat(new ChaosGuard(TOKEN).check(TOKEN)).isEqualTo(Verdict.ALLOWED);
  }

  @Test
  void shouldCompareNonAsciiTokensByTheirUtf8Bytes() {
    ChaosGuard guard = new ChaosGuard("jeton-très-secret");

    assertThat(guard.check("jeton-très-secret")).isEqualTo(Verdict.ALLOWED);
    assertThat(guard.check("jeton-tres-secret")).isEqualTo(Verdict.BAD_TOKEN);
  }

  @Test
  void shouldGiveAReasonForEachRefusal() {
    assertThat(Verdict.ALLOWED.reason()).isEmpty();
    assertThat(Verdict.CHAOS_DISABLED.reason())
        .isEqualTo(
            "chaos is disabled on this server: start it with FAULTLINE_CHAOS_TOKEN or --chaos-token-file");
    assertThat(Verdict.BAD_TOKEN.reason())
        .isEqualTo("fault requests need header X-Chaos-Token with the server's chaos token");
  }

  @Test
  void shouldReadTheTokenFromXChaosTokenHeader() {
    assertThat(ChaosGuard.TOKEN_HEADER).isEqualTo("X-Chaos-Token");
  }
}
