package dev.faultline.supervisor.pool;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.supervisor.backend.BackendFailure;
import dev.faultline.supervisor.backend.Job;
import dev.faultline.supervisor.backend.JobResult;
import dev.faultline.supervisor.death.DeathCause;
import dev.faultline.supervisor.death.Ending;
import dev.faultline.supervisor.testing.HandSetClock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class TriageTest {
  private static final DeathVerdict CRASH =
      new DeathVerdict(
          Ending.Died.NATIVE_CRASH,
          "SIGSEGV",
          "SIGSEGV in f",
          new DeathCause("SIGSEGV", 1, "in f", Ending.Died.NATIVE_CRASH, "f", null));
  private static final DeathVerdict OUTSIDE_KILL =
      new DeathVerdict(
          Ending.Died.KILLED_BY_SIGNAL,
          "SIGKILL",
          "SIGKILL from outside the master (exit 137)",
          new DeathCause("SIGKILL", 137, "", Ending.Died.KILLED_BY_SIGNAL, "", null));

  private final Dispatcher dispatcher = new Dispatcher(2);
  private final Quarantine quarantine = new Quarantine(Duration.ofSeconds(60), new HandSetClock());
  private final Triage triage = new Triage(dispatcher, quarantine, 2);

  private static PendingJob job(long id, String origin) {
    return new PendingJob(new Job(id, id, 1, "", origin), new CompletableFuture<>());
  }

  private static Worker deadWith(long pid, PendingJob... jobs) {
    Worker w = FakeProcess.ready(pid, 1, 0);
    for (PendingJob p : jobs) {
      w.send(p, 0);
    }
    return w;
  }

  private static BackendFailure failureOf(PendingJob p) {
    try {
      p.reply.join();
      throw new AssertionError("expected a failure");
    } catch (CompletionException e) {
      return (BackendFailure) e.getCause();
    }
  }

  @Test
  void shouldFailTheLoneSuspectWith502AndNotRetryIt() {
    PendingJob culprit = job(1, "GET /work?input=1&cost=1&fault=segfault");

    List<Fate> fates = triage.settle(deadWith(100, culprit), CRASH);

    assertThat(fates).containsExactly(new Fate(1, culprit.job.origin(), Fate.Kind.FAILED, 502));
    assertThat(failureOf(culprit).code()).isEqualTo("worker_crashed");
    assertThat(dispatcher.size()).isZero();
  }

  @Test
  void shouldRetryEverySuspectAloneOnAWorkerWhenSeveralWereInFlight() {
    PendingJob a = job(1, "GET /work?input=1&cost=1");
    PendingJob b = job(2, "GET /work?input=2&cost=1&fault=segfault");

    List<Fate> fates = triage.settle(deadWith(100, a, b), CRASH);

    assertThat(fates).extracting(Fate::kind).containsExactly(Fate.Kind.RETRIED, Fate.Kind.RETRIED);
    assertThat(dispatcher.takeAll()).containsExactlyInAnyOrder(a, b);
    assertThat(a.solo).isTrue();
    assertThat(a.attempt).isEqualTo(2);
    assertThat(a.reply).isNotDone();
  }

  @Test
  void shouldTreatJobsQueuedBehindTheRunningOneAsBystandersWhenTheWorkerHasOneThread() {
    Triage oneThread = new Triage(dispatcher, quarantine, 1);
    PendingJob running = job(1, "GET /work?input=1&cost=1&fault=segfault");
    PendingJob queued = job(2, "GET /work?input=2&cost=1");
    PendingJob alsoQueued = job(3, "GET /work?input=3&cost=1");

    List<Fate> fates = oneThread.settle(deadWith(100, running, queued, alsoQueued), CRASH);

    assertThat(fates)
        .extracting(Fate::kind)
        .containsExactly(Fate.Kind.FAILED, Fate.Kind.RETRIED, Fate.Kind.RETRIED);
    assertThat(failureOf(running).code()).isEqualTo("worker_crashed");
    assertThat(dispatcher.takeAll()).containsExactlyInAnyOrder(queued, alsoQueued);
    assertThat(queued.solo).as("every retry runs alone: it takes nobody with it").isTrue();
    assertThat(quarantine.deadPids(queued.fingerprint()))
        .as("a job that never started is no suspect")
        .isEmpty();
  }

  @Test
  void shouldQuarantineASuspectThatDiesWithItsSecondWorker() {
    PendingJob poison = job(2, "GET /work?input=2&cost=1&fault=segfault");
    triage.settle(deadWith(100, job(1, "GET /work?input=1&cost=1"), poison), CRASH);
    dispatcher.takeAll();

    List<Fate> fates = triage.settle(deadWith(200, poison), CRASH);

    assertThat(fates).containsExactly(new Fate(2, poison.job.origin(), Fate.Kind.QUARANTINED, 422));
    BackendFailure f = failureOf(poison);
    assertThat(f.code()).isEqualTo("quarantined");
    assertThat(f.details()).containsEntry("killedPids", List.of(100L, 200L));
    assertThat(quarantine.remaining(poison.fingerprint())).isPresent();
  }

  @Test
  void shouldRetryBystandersOfAKillFromOutsideWithoutSuspectingThem() {
    PendingJob only = job(1, "GET /work?input=1&cost=1");

    List<Fate> fates = triage.settle(deadWith(100, only), OUTSIDE_KILL);

    assertThat(fates).extracting(Fate::kind).containsExactly(Fate.Kind.RETRIED);
    assertThat(only.solo).as("every retry runs alone").isTrue();
    assertThat(quarantine.deadPids(only.fingerprint())).isEmpty();
  }

  @Test
  void shouldRetryABystanderLostToOutsideKillsFiveTimesThenFailIt() {
    PendingJob unlucky = job(1, "GET /work?input=1&cost=1");
    for (int death = 1; death < Triage.MAX_ATTEMPTS; death++) {
      assertThat(triage.settle(deadWith(100 + death, unlucky), OUTSIDE_KILL))
          .extracting(Fate::kind)
          .as("death %d", death)
          .containsExactly(Fate.Kind.RETRIED);
      dispatcher.takeAll();
    }

    List<Fate> last = triage.settle(deadWith(200, unlucky), OUTSIDE_KILL);

    assertThat(last).extracting(Fate::kind).containsExactly(Fate.Kind.FAILED);
    assertThat(unlucky.attempt).isEqualTo(Triage.MAX_ATTEMPTS);
  }

  @Test
  void shouldNotRetryARequestThatIsNotIdempotent() {
    PendingJob post = job(1, "POST /work?input=1&cost=1");

    List<Fate> fates = triage.settle(deadWith(100, post), OUTSIDE_KILL);

    assertThat(fates).extracting(Fate::kind).containsExactly(Fate.Kind.FAILED);
  }

  @Test
  void shouldAcquitARetriedSuspectThatGotItsAnswer() {
    PendingJob a = job(1, "GET /work?input=1&cost=1");
    triage.settle(deadWith(100, a, job(2, "GET /work?input=2&cost=1")), CRASH);

    triage.acquitted(a);

    assertThat(quarantine.deadPids(a.fingerprint())).isEmpty();
  }

  @Test
  void shouldNameRequestsAnswered504AtTheDeadlineFirst() {
    PendingJob late = job(9, "GET /work?input=9&cost=1");
    PendingJob bystander = job(10, "GET /work?input=10&cost=1");
    Worker w = deadWith(100, late, bystander);
    w.answeredPastDeadline(late);

    assertThat(triage.settle(w, CRASH))
        .extracting(Fate::kind)
        .containsExactly(Fate.Kind.DEADLINE, Fate.Kind.FAILED);
  }

  @Test
  void shouldLeaveARetriedRequestsReplyOpenForItsNextWorker() {
    PendingJob a = job(1, "GET /work?input=1&cost=1");
    triage.settle(deadWith(100, a), OUTSIDE_KILL);

    a.reply.complete(new JobResult(1, "worker-2", 200));

    assertThat(a.reply.join().unit()).isEqualTo("worker-2");
  }
}
