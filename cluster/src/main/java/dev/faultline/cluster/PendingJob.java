package dev.faultline.cluster;

import dev.faultline.supervisor.backend.Job;
import dev.faultline.supervisor.backend.JobResult;
import java.util.concurrent.CompletableFuture;

/**
 * One job the front sent to a node and has no answer for yet: its attempt (1 for the first send)
 * and how often it was a suspect in a node's death. Owned by the backend's event loop.
 */
final class PendingJob {
  final Job job;
  final CompletableFuture<JobResult> answer;
  final long sentNanos;
  int attempt = 1;
  int suspicions;

  PendingJob(Job job, CompletableFuture<JobResult> answer, long sentNanos) {
    this.job = job;
    this.answer = answer;
    this.sentNanos = sentNanos;
  }
}
