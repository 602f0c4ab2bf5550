package dev.faultline.worker.ipc;

/**
 * What master and worker say to each other over their IPC connection (a Unix domain socket, TCP or
 * pipes). The worker speaks first ({@link Hello}); then the master sends {@link JobRequest}s and
 * the worker answers each with exactly one {@link JobDone} or {@link JobFailed} carrying the same
 * job id. A ready worker also sends a {@link Heartbeat} at a fixed interval; the master may send
 * {@link Drain} to retire it.
 */
public sealed interface IpcMessage {

  /**
   * Sent once by a worker when it is ready to take jobs.
   *
   * @param secret the random per-worker secret the master gave this worker in {@link
   *     IpcPipeline#SECRET_ENV}, "" if none: on TCP it is the only proof that the peer is a worker
   *     the master started
   * @param start when the worker reached each step of its start ({@link StartMarks#NONE} if it did
   *     not measure them)
   */
  record Hello(int workerId, long pid, String secret, StartMarks start) implements IpcMessage {
    public Hello(int workerId, long pid, String secret) {
      this(workerId, pid, secret, StartMarks.NONE);
    }

    @Override
    public String toString() {
      return "Hello[workerId=" + workerId + ", pid=" + pid + ", secret=(" + secret.length() + ")]";
    }
  }

  /**
   * @param fault a fault spec ({@code exit}, {@code leak:mb=32}), or "" for none
   */
  record JobRequest(long jobId, long input, int cost, String fault) implements IpcMessage {}

  record JobDone(long jobId, long digest) implements IpcMessage {}

  /**
   * @param error a stable code such as {@code job_failed}, or {@link #NOT_STARTED}; {@code message}
   *     is for humans
   */
  record JobFailed(long jobId, String error, String message) implements IpcMessage {
    /** The job was handed back unstarted: it never ran, and the master sends it elsewhere. */
    public static final String NOT_STARTED = "not_started";

    public boolean notStarted() {
      return NOT_STARTED.equals(error);
    }
  }

  /**
   * Sent by a ready worker every heartbeat interval from its IPC event loop: a worker whose loop is
   * stuck (spinning, stopped, thrashing) goes silent, and the master's liveness timeout kills it.
   *
   * @param sequence counts up from 1, so a reader of a capture can see gaps
   */
  record Heartbeat(long sequence) implements IpcMessage {}

  /**
   * Sent by the master to retire a worker (recycling, shutdown): finish the jobs you have, take no
   * new one, then close the connection and exit 0.
   */
  record Drain() implements IpcMessage {}
}
