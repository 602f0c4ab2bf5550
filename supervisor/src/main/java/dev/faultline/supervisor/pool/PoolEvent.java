package dev.faultline.supervisor.pool;

import dev.faultline.supervisor.backend.Job;
import dev.faultline.supervisor.backend.JobResult;
import dev.faultline.worker.ipc.IpcMessage;
import io.netty.channel.Channel;
import io.vertx.core.json.JsonObject;
import java.util.concurrent.CompletableFuture;

/**
 * Everything that can happen to the pool. Asynchronous sources (HTTP requests, socket reads,
 * process exits, shutdown) only post these; the pool's single loop thread decides.
 */
sealed interface PoolEvent {

  record Submitted(Job job, CompletableFuture<JobResult> reply) implements PoolEvent {}

  record Connected(int workerId, long pid, Channel channel) implements PoolEvent {}

  record Answered(int workerId, IpcMessage answer) implements PoolEvent {}

  record Disconnected(int workerId, long pid) implements PoolEvent {}

  record Exited(int workerId, long pid, int exitStatus) implements PoolEvent {}

  /** A boot-failure backoff ran out: start the slot's worker again. */
  record RespawnDue(int workerId) implements PoolEvent {}

  record StatusWanted(CompletableFuture<JsonObject> reply) implements PoolEvent {}

  record StopWanted(CompletableFuture<Void> done) implements PoolEvent {}
}
