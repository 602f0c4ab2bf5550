package dev.faultline.supervisor.pool;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.CompletableFuture;

/**
 * A process that is not one: records what was done to it, and exits when the test says so. The seam
 * is {@link Worker}'s constructor. A test fixture others use too: supervisor's test-jar ships it,
 * and the jmh module's dispatch benchmark runs its workers on it.
 */
final class FakeProcess extends Process {
  private final long pid;
  private final CompletableFuture<Process> exit = new CompletableFuture<>();
  private int exitStatus;
  boolean alive = true;

  /** Whether SIGTERM ends it (status 143), as it ends a healthy JVM. */
  boolean obeysSigterm;

  int sigterms;
  int sigkills;

  FakeProcess(long pid) {
    this.pid = pid;
  }

  static Worker worker(long pid, int slotId, Worker.Role role) {
    return new Worker(new FakeProcess(pid), slotId, role, 0, java.time.Instant.EPOCH);
  }

  /** A ready worker in a slot, connected through an in-memory channel. */
  static Worker ready(long pid, int slotId, long nowNanos) {
    Worker w = worker(pid, slotId, Worker.Role.SLOT);
    w.markReady(new io.netty.channel.embedded.EmbeddedChannel(), nowNanos, 0);
    return w;
  }

  /** The process ends with {@code status}: {@code onExit} completes, as the JDK's does. */
  void exit(int status) {
    if (!exit.isDone()) {
      alive = false;
      exitStatus = status;
      exit.complete(this);
    }
  }

  @Override
  public long pid() {
    return pid;
  }

  @Override
  public boolean isAlive() {
    return alive;
  }

  @Override
  public void destroy() {
    sigterms++;
    if (obeysSigterm) {
      exit(143);
    }
  }

  @Override
  public Process destroyForcibly() {
    sigkills++;
    exit(137);
    return this;
  }

  @Override
  public CompletableFuture<Process> onExit() {
    return exit;
  }

  @Override
  public OutputStream getOutputStream() {
    return OutputStream.nullOutputStream();
  }

  @Override
  public InputStream getInputStream() {
    return InputStream.nullInputStream();
  }

  @Override
  public InputStream getErrorStream() {
    return InputStream.nullInputStream();
  }

  @Override
  public int waitFor() {
    return 0;
  }

  @Override
  public int exitValue() {
    return exitStatus;
  }
}
