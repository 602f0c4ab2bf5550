package dev.faultline.supervisor.pool;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.config.WorkerTimeouts;
import dev.faultline.supervisor.backend.BackendFailure;
import dev.faultline.supervisor.backend.Job;
import dev.faultline.supervisor.death.Ending;
import dev.faultline.supervisor.testing.HandSetClock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class WatchdogTest {
  private static final long MS = 1_000_000;
  private final Timers timers = new Timers();
  private final Killer killer = new Killer(timers, 500);
  private final Quarantine quarantine = new Quarantine(Duration.ofSeconds(60), new HandSetClock());
  private final Dispatcher dispatcher = new Dispatcher(4);
  private final Set<Long> stoppedPids = new HashSet<>();
  private final Watchdog watchdog =
      new Watchdog(
          new WorkerTimeouts(
              Duration.ofMillis(100),
              Duration.ofSeconds(1),
              Duration.ofMillis(500),
              Duration.ofSeconds(3),
              Duration.ofSeconds(10)),
          killer,
          quarantine,
          new Triage(dispatcher, quarantine, 1),
          stoppedPids::contains);

  private static FakeProcess process(Worker w) {
    return (FakeProcess) w.process;
  }

  @Test
  void shouldLeaveAWorkerAloneWhileItsHeartbeatsArrive() {
    Worker w = FakeProcess.ready(7, 1, 0);
    w.heartbeat(900 * MS);

    watchdog.check(List.of(w), 1_500 * MS);

    assertThat(w.kill()).isNull();
  }

  @Test
  void shouldKillASilentWorkerWithSigtermThenSigkillAfterTheGrace() {
    Worker w = FakeProcess.ready(7, 1, 0);

    watchdog.check(List.of(w), 1_001 * MS);

    assertThat(w.kill().reason()).isEqualTo(Ending.Killed.LIVENESS_TIMEOUT);
    assertThat(w.kill().detail()).isEqualTo("no heartbeat for 1001 ms (liveness timeout 1s)");
    assertThat(process(w).sigterms).isEqualTo(1);
    timers.runDue(1_400 * MS);
    assertThat(process(w).sigkills).isZero();
    timers.runDue(1_501 * MS);
    assertThat(process(w).sigkills).isEqualTo(1);
    assertThat(w.kill().sigkillSent()).isTrue();
  }

  @Test
  void shouldNotSigkillAWorkerThatDiedOfTheSigterm() {
    Worker w = FakeProcess.ready(7, 1, 0);
    watchdog.check(List.of(w), 1_001 * MS);

    process(w).alive = false;
    timers.runDue(2_000 * MS);

    assertThat(process(w).sigkills).isZero();
  }

  @Test
  void shouldAnswer504AndKillTheWorkerWhenARequestRunsPastTheDeadline() {
    Worker w = FakeProcess.ready(7, 1, 0);
    PendingJob slow =
        new PendingJob(new Job(5, 1, 1, "", "GET /work?input=1&cost=1"), new CompletableFuture<>());
    w.send(slow, 0);
    w.heartbeat(3_000 * MS);

    watchdog.check(List.of(w), 3_001 * MS);

    BackendFailure f =
        (BackendFailure)
            org.assertj.core.api.Assertions.catchThrowableOfType(
                    slow.reply::join, CompletionException.class)
                .getCause();
    assertThat(f.httpStatus()).isEqualTo(504);
    assertThat(f.code()).isEqualTo("deadline");
    assertThat(w.inFlight()).isEmpty();
    assertThat(w.answeredAtDeadline())
        .containsExactly(new Fate(5, "GET /work?input=1&cost=1", Fate.Kind.DEADLINE, 504));
    assertThat(w.kill().reason()).isEqualTo(Ending.Killed.DEADLINE);
    assertThat(quarantine.deadPids("GET /work?input=1&cost=1")).containsExactly(7L);
  }

  @Test
  void shouldKillAWorkerThatNeverSaysHelloWithinTheBootTimeout() {
    Worker w = FakeProcess.worker(7, 1, Worker.Role.SLOT);

    watchdog.check(List.of(w), 10_001 * MS);

    assertThat(w.kill().reason()).isEqualTo(Ending.Killed.BOOT_TIMEOUT);
    assertThat(w.kill().detail())
        .isEqualTo("no hello 10001 ms after it was started (boot timeout 10s)");
  }

  @Test
  void shouldSigkillAStoppedWorkerThreeHeartbeatsIntoItsSilenceLongBeforeTheLivenessTimeout() {
    Worker w = FakeProcess.ready(7, 1, 0);
    stoppedPids.add(7L);
    watchdog.check(List.of(w), 300 * MS);
    assertThat(w.kill()).as("silent for 3 intervals, not more").isNull();

    watchdog.check(List.of(w), 401 * MS);

    assertThat(w.kill().reason()).isEqualTo(Ending.Killed.STOPPED);
    assertThat(w.kill().detail()).startsWith("no heartbeat for 401 ms and its state is T");
    assertThat(process(w).sigkills).isEqualTo(1);
  }

  @Test
  void shouldLeaveASilentWorkerThatIsNotStoppedUntilTheLivenessTimeout() {
    Worker w = FakeProcess.ready(7, 1, 0);

    watchdog.check(List.of(w), 900 * MS);

    assertThat(w.kill()).isNull();
  }

  @Test
  void shouldReadAWorkersStateAtMostOncePerHeartbeatInterval() {
    Worker w = FakeProcess.ready(7, 1, 0);
    watchdog.check(List.of(w), 350 * MS);
    stoppedPids.add(7L);

    watchdog.check(List.of(w), 420 * MS);
    assertThat(w.kill()).as("the last read was 70 ms ago").isNull();
    watchdog.check(List.of(w), 451 * MS);

    assertThat(w.kill().reason()).isEqualTo(Ending.Killed.STOPPED);
  }

  @Test
  void shouldSigkillAWorkerStoppedWhileBootingWithoutWaitingForTheBootTimeout() {
    Worker w = FakeProcess.worker(7, 1, Worker.Role.SLOT);
    stoppedPids.add(7L);

    watchdog.check(List.of(w), 301 * MS);

    assertThat(w.kill().reason()).isEqualTo(Ending.Killed.STOPPED);
    assertThat(w.kill().detail())
        .isEqualTo("no hello 301 ms after it was started, and its state is T (stopped)");
  }

  @Test
  void shouldSigkillAStoppedWorkerAtOnceAndRetryItsRequestsBeforeItDies() {
    Worker w = FakeProcess.ready(7, 1, 0);
    PendingJob bystander =
        new PendingJob(new Job(5, 1, 1, "", "GET /work?input=1&cost=1"), new CompletableFuture<>());
    w.send(bystander, 0);
    stoppedPids.add(7L);

    watchdog.check(List.of(w), 1_001 * MS);

    assertThat(w.kill().reason()).isEqualTo(Ending.Killed.STOPPED);
    assertThat(process(w).sigterms).isZero();
    assertThat(process(w).sigkills).isEqualTo(1);
    assertThat(w.inFlight()).isEmpty();
    assertThat(dispatcher.size()).as("retried on another worker now").isEqualTo(1);
    assertThat(bystander.reply).isNotDone();
    assertThat(w.answeredAtDeadline())
        .containsExactly(new Fate(5, "GET /work?input=1&cost=1", Fate.Kind.RETRIED, 0));
  }
}
