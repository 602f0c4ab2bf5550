package dev.faultline.worker.ipc;

/**
 * What master and worker say to each other over their Unix domain socket. The worker speaks
 * first ({@link Hello}); then the master sends {@link JobRequest}s and the worker answers each
 * with exactly one {@link JobDone} or {@link JobFailed} carrying the same job id.
 */
public sealed interface IpcMessage {

  /** Sent once by a worker when it is ready to take jobs. */
  record Hello(int workerId, long pid) implements IpcMessage {}

  /** @param fault a fault name, or "" for none */
  record JobRequest(long jobId, long input, int cost, String fault) implements IpcMessage {}

  record JobDone(long jobId, long digest) implements IpcMessage {}

  /** @param error a stable code such as {@code job_failed}; {@code message} is for humans */
  record JobFailed(long jobId, String error, String message) implements IpcMessage {}
}
