package dev.faultline.supervisor.restart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The pool's phases after an escalation, on plain nanosecond times: no pool, no clock, no JVM. */
class RecoveryTest {
  private static final long S = 1_000_000_000L;
  private static final long COOL = Recovery.COOL_DOWN.toNanos();
  private static final long PROBATION = Recovery.PROBATION.toNanos();

  /** Paused at 0, canary started after the cool-down and ready at once. */
  private static Recovery onProbation() {
    Recovery r = new Recovery(Duration.ofSeconds(60));
    r.pause(0);
    r.canaryStarted();
    r.canaryReady(COOL);
    return r;
  }

  @Test
  void shouldKeepTheProbationGoingWhenTheCanaryIsEndedFromOutside() {
    Recovery r = onProbation();

    r.canaryEndedFromOutside(); // 3 s into the probation

    assertThat(r.phase()).isEqualTo(Recovery.Phase.CANARY);
    assertThat(r.awaitsCanaryHello()).as("the probation already started").isFalse();
    assertThat(r.probationOver(COOL + PROBATION - 1)).isFalse();
    assertThat(r.probationOver(COOL + PROBATION)).as("its end unchanged").isTrue();
    assertThat(r.pauses()).isEqualTo(1);
    assertThat(r.coolDownMillis()).isEqualTo(Recovery.COOL_DOWN.toMillis());
  }

  @Test
  void shouldStillAwaitAHelloWhenTheCanaryIsEndedFromOutsideBeforeItsProbation() {
    Recovery r = new Recovery(Duration.ofSeconds(60));
    r.pause(0);
    r.canaryStarted();

    r.canaryEndedFromOutside(); // killed while it booted

    assertThat(r.awaitsCanaryHello()).isTrue();
    assertThat(r.probationOver(COOL + 10 * S)).isFalse();
  }

  @Test
  void shouldPauseAgainForADoubledCoolDownWhenTheCanaryDiesOfItsOwnWork() {
    Recovery r = onProbation();

    long coolDownMs = r.canaryDied(COOL + S);

    assertThat(r.phase()).isEqualTo(Recovery.Phase.PAUSED);
    assertThat(coolDownMs).isEqualTo(2 * Recovery.COOL_DOWN.toMillis());
    assertThat(r.canaryDue(COOL + S + 2 * COOL - 1)).isFalse();
    assertThat(r.canaryDue(COOL + S + 2 * COOL)).isTrue();
    assertThat(r.pauses()).isEqualTo(2);
  }
}
