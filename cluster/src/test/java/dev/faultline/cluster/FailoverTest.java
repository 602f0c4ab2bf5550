package dev.faultline.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.supervisor.backend.Job;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class FailoverTest {
  private static PendingJob job(long id, String method) {
    return new PendingJob(
        new Job(id, id, 1, "", method + " /work?input=" + id + "&cost=1"),
        new CompletableFuture<>(),
        0);
  }

  private static List<Fate.Kind> kinds(List<Fate> fates) {
    return fates.stream().map(Fate::kind).toList();
  }

  @Test
  void shouldRetryEveryJobWhenTheLossImplicatesNoRequest() {
    List<PendingJob> jobs = List.of(job(1, "GET"), job(2, "GET"), job(3, "GET"));

    List<Fate> fates = Failover.decide(jobs, false, 2);

    assertThat(kinds(fates)).containsOnly(Fate.Kind.RETRIED);
    assertThat(jobs).allSatisfy(j -> assertThat(j.attempt).isEqualTo(2));
    assertThat(jobs).allSatisfy(j -> assertThat(j.suspicions).isZero());
  }

  @Test
  void shouldFailTheOnlyJobInFlightWhenTheDeathImplicatesRequests() {
    PendingJob culprit = job(1, "GET");

    List<Fate> fates = Failover.decide(List.of(culprit), true, 2);

    assertThat(fates).singleElement().satisfies(f -> assertThat(f.httpStatus()).isEqualTo(502));
    assertThat(kinds(fates)).containsExactly(Fate.Kind.FAILED);
  }

  @Test
  void shouldRetrySuspectsAndBystandersWhenSeveralWereInFlight() {
    List<PendingJob> jobs = List.of(job(1, "GET"), job(2, "GET"), job(3, "GET"));

    List<Fate> fates = Failover.decide(jobs, true, 2);

    assertThat(kinds(fates)).containsOnly(Fate.Kind.RETRIED);
    assertThat(jobs).extracting(j -> j.suspicions).containsExactly(1, 1, 0);
  }

  @Test
  void shouldFailAJobAsPoisonWhenItIsASuspectInItsSecondDeath() {
    PendingJob poison = job(1, "GET");
    Failover.decide(List.of(poison, job(2, "GET")), true, 2);

    List<Fate> fates = Failover.decide(List.of(poison, job(3, "GET")), true, 2);

    assertThat(fates.get(0).kind()).isEqualTo(Fate.Kind.FAILED);
    assertThat(fates.get(0).httpStatus()).isEqualTo(422);
    assertThat(fates.get(1).kind()).isEqualTo(Fate.Kind.RETRIED);
  }

  @Test
  void shouldNotRetryAJobThatIsNotIdempotent() {
    List<Fate> fates = Failover.decide(List.of(job(1, "POST")), false, 2);

    assertThat(kinds(fates)).containsExactly(Fate.Kind.FAILED);
  }

  @Test
  void shouldFailABystanderOutOfAttempts() {
    PendingJob tired = job(1, "GET");
    for (int i = 1; i < Failover.MAX_ATTEMPTS; i++) {
      assertThat(kinds(Failover.decide(List.of(tired), false, 2)))
          .containsExactly(Fate.Kind.RETRIED);
    }

    assertThat(kinds(Failover.decide(List.of(tired), false, 2))).containsExactly(Fate.Kind.FAILED);
    assertThat(tired.attempt).isEqualTo(Failover.MAX_ATTEMPTS);
  }
}
