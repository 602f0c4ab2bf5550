package dev.faultline.supervisor.pool;

import dev.faultline.supervisor.backend.Job;
import dev.faultline.supervisor.backend.JobResult;
import io.github.resilience4j.retry.Retry;
import java.util.concurrent.CompletableFuture;

/**
 * A job, the future its HTTP request waits on, and what happened to it so far: its attempt, and
 * whether it must run alone on a worker (every retried job: if that worker dies too, no bystander
 * dies with it, and a suspect is the certain culprit). Owned by the pool's loop.
 */
final class PendingJob {
  final Job job;
  final CompletableFuture<JobResult> reply;
  int attempt = 1;
  boolean solo;
  long dispatchedAtNanos;

  /** Resilience4j's count of this job's retries; created when it first loses its worker. */
  Retry.AsyncContext<JobResult> retry;

  PendingJob(Job job, CompletableFuture<JobResult> reply) {
    this.job = job;
    this.reply = reply;
  }

  String fingerprint() {
    return job.origin();
  }
}
