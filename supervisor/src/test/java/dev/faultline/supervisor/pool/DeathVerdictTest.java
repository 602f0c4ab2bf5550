package dev.faultline.supervisor.pool;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.supervisor.death.DeathCause;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DeathVerdictTest {
  private static final DeathCause SEGFAULT =
      new DeathCause(
          "SIGSEGV",
          1,
          "in Unsafe_PutLong+0x124 (JVM crashed, " + "exit 1, report hs_err_pid7.log)",
          DeathCause.Kind.NATIVE_CRASH,
          "Unsafe_PutLong+0x124",
          Path.of("hs_err_pid7.log"));
  private static final DeathCause SIGKILL =
      new DeathCause(
          "SIGKILL", 137, "(killed by signal, exit 137)", DeathCause.Kind.SIGNAL, "", null);
  private static final DeathCause OOM =
      new DeathCause(
          "OutOfMemoryError",
          3,
          "(heap exhausted, exit 3)",
          DeathCause.Kind.OUT_OF_MEMORY,
          "",
          null);
  private static final DeathCause EXIT_0 =
      new DeathCause("exit code 0", 0, "", DeathCause.Kind.EXIT, "", null);

  @Test
  void shouldReportANativeCrashWithItsSignalAndFrame() {
    DeathVerdict v = DeathVerdict.of(FakeProcess.worker(7, 1, Worker.Role.SLOT), SEGFAULT, 2_000);

    assertThat(v.causeClass()).isEqualTo(CauseClass.NATIVE_CRASH);
    assertThat(v.signal()).isEqualTo("SIGSEGV");
    assertThat(v.description()).isEqualTo(SEGFAULT.describe());
    assertThat(v.errorCode()).isEqualTo("worker_crashed");
  }

  @Test
  void shouldBlameTheMasterNotTheSignalWhenTheMasterKilledIt() {
    Worker w = FakeProcess.worker(7, 1, Worker.Role.SLOT);
    w.condemn(
        new KillOrder(KillReason.LIVENESS, "no heartbeat for 1200 ms (liveness timeout 1s)", 0));
    w.sigkillSent();

    DeathVerdict v = DeathVerdict.of(w, SIGKILL, 1_000);

    assertThat(v.causeClass()).isEqualTo(CauseClass.LIVENESS_TIMEOUT);
    assertThat(v.cause()).isEqualTo("liveness timeout");
    assertThat(v.description())
        .isEqualTo(
            "killed by the master (liveness timeout): no heartbeat for 1200 ms "
                + "(liveness timeout 1s); SIGTERM, then SIGKILL after 1000 ms, exit 137");
    assertThat(v.errorCode()).isEqualTo("worker_unresponsive");
  }

  @Test
  void shouldNeverBlameMemoryForAKillTheMasterDid() {
    Worker w = FakeProcess.worker(7, 1, Worker.Role.SLOT);
    w.condemn(new KillOrder(KillReason.DEADLINE, "req 9 GET /work ran 3001 ms", 0));

    DeathVerdict v = DeathVerdict.of(w, OOM, 1_000);

    assertThat(v.causeClass()).isEqualTo(CauseClass.DEADLINE);
    assertThat(v.description())
        .startsWith("killed by the master (request deadline)")
        .doesNotContain("OutOfMemory");
  }

  @Test
  void shouldStillReportANativeCrashThatHappenedDuringAKill() {
    Worker w = FakeProcess.worker(7, 1, Worker.Role.SLOT);
    w.condemn(new KillOrder(KillReason.LIVENESS, "no heartbeat", 0));

    assertThat(DeathVerdict.of(w, SEGFAULT, 1_000).causeClass()).isEqualTo(CauseClass.NATIVE_CRASH);
  }

  @Test
  void shouldNameASignalFromOutsideAsSuch() {
    DeathVerdict v = DeathVerdict.of(FakeProcess.worker(7, 1, Worker.Role.SLOT), SIGKILL, 1_000);

    assertThat(v.causeClass()).isEqualTo(CauseClass.KILLED_BY_SIGNAL);
    assertThat(v.description()).isEqualTo("SIGKILL from outside the master (exit 137)");
    assertThat(v.causeClass().implicatesRequests()).isFalse();
  }

  @Test
  void shouldCallTheExitOfARetiredWorkerRecycled() {
    Worker w = FakeProcess.worker(7, 1, Worker.Role.RETIRING);
    w.dueForRecycling("served 40 requests, limit 42 (max-requests 40 + jitter)");

    DeathVerdict v = DeathVerdict.of(w, EXIT_0, 1_000);

    assertThat(v.causeClass()).isEqualTo(CauseClass.RECYCLED);
    assertThat(v.description())
        .isEqualTo(
            "recycled (served 40 requests, limit 42 (max-requests 40 + jitter)); "
                + "drained and exited 0");
  }

  @Test
  void shouldTreatCrashesAndHangsAsImplicatingTheirRequests() {
    assertThat(CauseClass.NATIVE_CRASH.implicatesRequests()).isTrue();
    assertThat(CauseClass.EXIT_CODE.implicatesRequests()).isTrue();
    assertThat(CauseClass.OUT_OF_MEMORY.implicatesRequests()).isTrue();
    assertThat(CauseClass.LIVENESS_TIMEOUT.implicatesRequests()).isTrue();
    assertThat(CauseClass.DEADLINE.implicatesRequests())
        .as("its culprit already got its 504")
        .isFalse();
    assertThat(CauseClass.RECYCLED.implicatesRequests()).isFalse();
  }
}
