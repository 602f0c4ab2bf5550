package dev.faultline.supervisor.pool;

import dev.faultline.supervisor.backend.BackendFailure;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides what happens to the requests a dead worker had in flight.
 *
 * <ul>
 *   <li>If the death has a cause a request can have (crash, hang), every request that may have been
 *       running on it is a suspect: the oldest {@code threadsPerWorker} in flight, since a worker
 *       starts the jobs of its pipeline in the order they were sent and the master removes each one
 *       as its answer arrives; the ones queued behind them never started. A suspect that was the
 *       only one is the culprit: answered 502, not retried. A fingerprint that is a suspect in
 *       {@value Quarantine#DEATHS_TO_QUARANTINE} deaths is poison: answered 422 and quarantined.
 *   <li>Every other request is a bystander: retried on another worker if it is idempotent, up to
 *       {@value #MAX_ATTEMPTS} attempts in all (Resilience4j {@link Retry}). A bystander is not to
 *       blame, so it gets more than one retry: under a storm of kills from outside the worker a
 *       retry lands on may be the next one killed, and a stop and two outside kills in a row are
 *       possible. A poison request never uses them up: it is quarantined as a suspect first. Every
 *       retried job runs alone on its worker: a retried suspect, so that if that worker dies too no
 *       bystander dies with it and the verdict is certain; a retried bystander too, since retries
 *       sent together to one fresh worker travel as a group and die together again when a poison
 *       request is among them, each death using up one attempt of every one of them.
 * </ul>
 */
final class Triage {
  /** Attempts of one request at most: the first and up to five retries. */
  static final int MAX_ATTEMPTS = 6;

  private final Dispatcher dispatcher;
  private final Quarantine quarantine;
  private final Retry bystanders =
      Retry.of(
          "bystanders",
          RetryConfig.custom()
              .maxAttempts(MAX_ATTEMPTS)
              .waitDuration(Duration.ZERO)
              .retryOnException(e -> e instanceof LostWithWorker lost && lost.job.job.idempotent())
              .build());

  /** Thrown at nobody: it tells the retry policy which job lost its worker. */
  private static final class LostWithWorker extends RuntimeException {
    final transient PendingJob job;

    LostWithWorker(PendingJob job) {
      super("lost its worker", null, false, false);
      this.job = job;
    }
  }

  private final int threadsPerWorker;

  Triage(Dispatcher dispatcher, Quarantine quarantine, int threadsPerWorker) {
    this.dispatcher = dispatcher;
    this.quarantine = quarantine;
    this.threadsPerWorker = threadsPerWorker;
  }

  /**
   * Settles every request in flight on {@code dead} (and empties its table); returns their fates,
   * after those of requests the worker already lost to the deadline.
   */
  List<Fate> settle(Worker dead, DeathVerdict verdict) {
    List<PendingJob> lost = dead.takeInFlight();
    boolean implicates = verdict.ending().implicatesRequests();
    int mayHaveRun = Math.min(lost.size(), threadsPerWorker); // in flight is in dispatch order
    Set<String> implicatedNow = new HashSet<>();
    List<Fate> fates = new ArrayList<>(dead.answeredAtDeadline());
    for (int i = 0; i < lost.size(); i++) {
      PendingJob p = lost.get(i);
      boolean suspect = implicates && i < mayHaveRun;
      int deaths =
          !suspect
              ? 0
              : implicatedNow.add(p.fingerprint())
                  ? quarantine.implicate(p.fingerprint(), dead.pid)
                  : quarantine.deadPids(p.fingerprint()).size();
      fates.add(settleOne(p, dead, verdict, suspect, deaths, mayHaveRun == 1));
    }
    return fates;
  }

  private Fate settleOne(
      PendingJob p, Worker dead, DeathVerdict v, boolean suspect, int deaths, boolean alone) {
    if (suspect && deaths >= Quarantine.DEATHS_TO_QUARANTINE) {
      return answer(
          p,
          Fate.Kind.QUARANTINED,
          Failures.quarantined(
              p.fingerprint(),
              quarantine.deadPids(p.fingerprint()),
              quarantine.remaining(p.fingerprint()).orElse(Duration.ZERO)));
    }
    if (!(suspect && alone && p.attempt == 1) && mayRetry(p)) {
      p.attempt++;
      p.solo = true;
      dispatcher.retryFirst(p);
      return new Fate(p.job.id(), p.job.origin(), Fate.Kind.RETRIED, 0);
    }
    return answer(p, Fate.Kind.FAILED, Failures.lostWith(dead, v));
  }

  private boolean mayRetry(PendingJob p) {
    if (p.retry == null) {
      p.retry = bystanders.asyncContext();
    }
    return p.retry.onError(new LostWithWorker(p)) >= 0;
  }

  /**
   * Before the worker is even dead: its requests are no suspects (the JVM stalled, not a request),
   * so those that may be retried go to another worker now; the rest are settled at its death.
   * Returns how many were retried; their fates join the worker's crash report.
   */
  int rescue(Worker w) {
    int retried = 0;
    for (PendingJob p : w.takeInFlightIf(p -> p.attempt == 1 && p.job.idempotent())) {
      if (mayRetry(p)) {
        p.attempt++;
        p.solo = true;
        dispatcher.retryFirst(p);
        w.settledEarly(new Fate(p.job.id(), p.job.origin(), Fate.Kind.RETRIED, 0));
        retried++;
      } else {
        answer(p, Fate.Kind.FAILED, Failures.stalled(w));
      }
    }
    return retried;
  }

  /** A retried job got its answer: it was a bystander after all. */
  void acquitted(PendingJob p) {
    if (p.attempt > 1) {
      p.retry.onComplete();
      quarantine.acquit(p.fingerprint());
    }
  }

  private static Fate answer(PendingJob p, Fate.Kind kind, BackendFailure f) {
    p.reply.completeExceptionally(f);
    return new Fate(p.job.id(), p.job.origin(), kind, f.httpStatus());
  }
}
