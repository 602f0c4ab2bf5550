package dev.faultline.supervisor.pool;

import dev.faultline.supervisor.backend.Job;
import dev.faultline.supervisor.backend.JobResult;
import java.util.concurrent.CompletableFuture;

/** A job and the future its HTTP request waits on. */
record PendingJob(Job job, CompletableFuture<JobResult> reply) {}
