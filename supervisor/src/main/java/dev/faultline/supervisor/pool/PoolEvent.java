package dev.faultline.supervisor.pool;

import dev.faultline.supervisor.backend.Job;
import dev.faultline.supervisor.backend.JobResult;
import dev.faultline.worker.ipc.IpcMessage;
import dev.faultline.worker.ipc.StartMarks;
import io.netty.channel.Channel;
import io.vertx.core.json.JsonObject;
import java.util.concurrent.CompletableFuture;

/**
 * Everything that can happen to the pool. Asynchronous sources (HTTP requests, socket reads,
 * process exits, shutdown) only post these; the pool's single loop thread decides. Workers are
 * known by pid: a spare that takes over a slot keeps its pid.
 */
sealed interface PoolEvent {

  /** What happened, for the log line of a handler that failed on it. */
  String describe();

  record Submitted(Job job, CompletableFuture<JobResult> reply) implements PoolEvent {
    @Override
    public String describe() {
      return job.describe();
    }
  }

  /** A worker's hello, with the marks of its start. */
  record Connected(long pid, Channel channel, StartMarks start) implements PoolEvent {
    Connected(long pid, Channel channel) {
      this(pid, channel, StartMarks.NONE);
    }

    @Override
    public String describe() {
      return "the hello of pid " + pid;
    }
  }

  /** A job's answer or a heartbeat. */
  record Answered(long pid, IpcMessage answer, long receivedAtNanos) implements PoolEvent {
    @Override
    public String describe() {
      return "a message from pid " + pid + ": " + answer.getClass().getSimpleName();
    }
  }

  record Disconnected(long pid) implements PoolEvent {
    @Override
    public String describe() {
      return "the disconnect of pid " + pid;
    }
  }

  /**
   * @param noticedAtNanos when {@code Process.onExit} fired: the start of a replacement's clock
   */
  record Exited(long pid, int exitStatus, long noticedAtNanos) implements PoolEvent {
    @Override
    public String describe() {
      return "the exit of pid " + pid + " (status " + exitStatus + ")";
    }
  }

  /** What an exited worker left behind was read: its death can be decided. */
  record ExitRead(Reaper.Dying dying) implements PoolEvent {
    @Override
    public String describe() {
      return "the exit of pid "
          + dying.worker().pid
          + " (status "
          + dying.exit().exitStatus()
          + "), read";
    }
  }

  record StatusWanted(CompletableFuture<JsonObject> reply) implements PoolEvent {
    @Override
    public String describe() {
      return "a status request";
    }
  }

  record StopWanted(CompletableFuture<Void> done) implements PoolEvent {
    @Override
    public String describe() {
      return "the stop request";
    }
  }
}
