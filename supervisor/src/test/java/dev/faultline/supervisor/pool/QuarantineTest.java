package dev.faultline.supervisor.pool;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.supervisor.testing.HandSetClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class QuarantineTest {
  private static final String POISON = "GET /work?input=1&cost=1&fault=segfault";
  private final HandSetClock clock = new HandSetClock();
  private final Quarantine quarantine = new Quarantine(Duration.ofSeconds(60), clock);

  @Test
  void shouldNotQuarantineAfterOneDeath() {
    assertThat(quarantine.implicate(POISON, 100)).isEqualTo(1);

    assertThat(quarantine.remaining(POISON)).isEmpty();
    assertThat(quarantine.quarantinedNow()).isZero();
  }

  @Test
  void shouldQuarantineForTheWholeDurationAfterTheSecondDeath() {
    quarantine.implicate(POISON, 100);
    clock.advance(Duration.ofSeconds(5));

    assertThat(quarantine.implicate(POISON, 200)).isEqualTo(2);

    assertThat(quarantine.remaining(POISON)).contains(Duration.ofSeconds(60));
    assertThat(quarantine.deadPids(POISON)).containsExactly(100L, 200L);
    assertThat(quarantine.quarantinedNow()).isEqualTo(1);
  }

  @Test
  void shouldCountTheSameDeadWorkerOnce() {
    quarantine.implicate(POISON, 100);

    assertThat(quarantine.implicate(POISON, 100)).isEqualTo(1);
    assertThat(quarantine.remaining(POISON)).isEmpty();
  }

  @Test
  void shouldReleaseTheFingerprintWhenTheQuarantineEnds() {
    quarantine.implicate(POISON, 100);
    quarantine.implicate(POISON, 200);

    clock.advance(Duration.ofSeconds(60));

    assertThat(quarantine.remaining(POISON)).isEmpty();
    assertThat(quarantine.deadPids(POISON)).isEmpty();
  }

  @Test
  void shouldForgetASuspicionThatIsOlderThanTheDuration() {
    quarantine.implicate(POISON, 100);
    clock.advance(Duration.ofSeconds(61));

    assertThat(quarantine.implicate(POISON, 200)).isEqualTo(1);
  }

  @Test
  void shouldAcquitASuspectThatWasServedAfterAll() {
    quarantine.implicate(POISON, 100);

    quarantine.acquit(POISON);

    assertThat(quarantine.implicate(POISON, 200)).isEqualTo(1);
  }

  @Test
  void shouldKeepOtherFingerprintsApart() {
    quarantine.implicate(POISON, 100);
    quarantine.implicate(POISON, 200);

    assertThat(quarantine.remaining("GET /work?input=2&cost=1")).isEmpty();
  }
}
