package dev.faultline.supervisor.pool;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.supervisor.death.DeathCause;
import dev.faultline.supervisor.death.Ending;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DeathVerdictTest {
  private static final DeathCause SEGFAULT =
      new DeathCause(
          "SIGSEGV",
          1,
          "in Unsafe_PutLong+0x124 (JVM crashed, " + "exit 1, report hs_err_pid7.log)",
          Ending.Died.NATIVE_CRASH,
          "Unsafe_PutLong+0x124",
          Path.of("hs_err_pid7.log"));
  private static final DeathCause SIGKILL =
      new DeathCause(
          "SIGKILL", 137, "(killed by signal, exit 137)", Ending.Died.KILLED_BY_SIGNAL, "", null);
  private static final DeathCause OOM =
      new DeathCause(
          "OutOfMemoryError", 3, "(heap exhausted, exit 3)", Ending.Died.OUT_OF_MEMORY, "", null);
  private static final DeathCause EXIT_0 =
      new DeathCause("exit code 0", 0, "", Ending.Died.EXIT_CODE, "", null);

  @Test
  void shouldReportANativeCrashWithItsSignalAndFrame() {
    DeathVerdict v = DeathVerdict.of(FakeProcess.worker(7, 1, Worker.Role.SLOT), SEGFAULT, 2_000);

    assertThat(v.ending()).isEqualTo(Ending.Died.NATIVE_CRASH);
    assertThat(v.signal()).isEqualTo("SIGSEGV");
    assertThat(v.description()).isEqualTo(SEGFAULT.describe());
    assertThat(v.errorCode()).isEqualTo("worker_crashed");
  }

  @Test
  void shouldBlameTheMasterNotTheSignalWhenTheMasterKilledIt() {
    Worker w = FakeProcess.worker(7, 1, Worker.Role.SLOT);
    w.condemn(
        new KillOrder(
            Ending.Killed.LIVENESS_TIMEOUT, "no heartbeat for 1200 ms (liveness timeout 1s)", 0));
    w.sigkillSent();

    DeathVerdict v = DeathVerdict.of(w, SIGKILL, 1_000);

    assertThat(v.ending()).isEqualTo(Ending.Killed.LIVENESS_TIMEOUT);
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
    w.condemn(new KillOrder(Ending.Killed.DEADLINE, "req 9 GET /work ran 3001 ms", 0));

    DeathVerdict v = DeathVerdict.of(w, OOM, 1_000);

    assertThat(v.ending()).isEqualTo(Ending.Killed.DEADLINE);
    assertThat(v.description())
        .startsWith("killed by the master (request deadline)")
        .doesNotContain("OutOfMemory");
  }

  @Test
  void shouldStillReportANativeCrashThatHappenedDuringAKill() {
    Worker w = FakeProcess.worker(7, 1, Worker.Role.SLOT);
    w.condemn(new KillOrder(Ending.Killed.LIVENESS_TIMEOUT, "no heartbeat", 0));

    assertThat(DeathVerdict.of(w, SEGFAULT, 1_000).ending()).isEqualTo(Ending.Died.NATIVE_CRASH);
  }

  @Test
  void shouldNameASignalFromOutsideAsSuch() {
    DeathVerdict v = DeathVerdict.of(FakeProcess.worker(7, 1, Worker.Role.SLOT), SIGKILL, 1_000);

    assertThat(v.ending()).isEqualTo(Ending.Died.KILLED_BY_SIGNAL);
    assertThat(v.description()).isEqualTo("SIGKILL from outside the master (exit 137)");
    assertThat(v.ending().implicatesRequests()).isFalse();
  }

  @Test
  void shouldCallTheExitOfARetiredWorkerRecycled() {
    Worker w = FakeProcess.worker(7, 1, Worker.Role.RETIRING);
    w.recycling.due("served 40 requests, limit 42 (max-requests 40 + jitter)");

    DeathVerdict v = DeathVerdict.of(w, EXIT_0, 1_000);

    assertThat(v.ending()).isEqualTo(Ending.Retired.RECYCLED);
    assertThat(v.description())
        .isEqualTo(
            "recycled (served 40 requests, limit 42 (max-requests 40 + jitter)); "
                + "drained and exited 0");
  }

  @Test
  void shouldClassAWorkerThatFoundItsStateCorruptedAsSuch() {
    DeathCause corrupted =
        new DeathCause(
            "state corrupted",
            65,
            "(shared state corrupted, exit 65: replaced with fresh state)",
            Ending.Died.STATE_CORRUPTED,
            "",
            null);

    DeathVerdict v = DeathVerdict.of(FakeProcess.worker(7, 1, Worker.Role.SLOT), corrupted, 1_000);

    assertThat(v.ending().code()).as("was exit_code before").isEqualTo("state_corrupted");
    assertThat(v.ending().implicatesRequests()).isTrue();
    assertThat(v.signal()).isNull();
  }
}
