package dev.faultline.supervisor.pool;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.CompletableFuture;

/**
 * A process that is not one: records what was done to it. The seam is {@link Worker}'s constructor.
 */
final class FakeProcess extends Process {
  private final long pid;
  boolean alive = true;
  int sigterms;
  int sigkills;

  FakeProcess(long pid) {
    this.pid = pid;
  }

  static Worker worker(long pid, int slotId, Worker.Role role) {
    Worker w = new Worker(new FakeProcess(pid), 0, java.time.Instant.EPOCH);
    w.slotId = slotId;
    w.role = role;
    return w;
  }

  /** A ready worker in a slot, connected through an in-memory channel. */
  static Worker ready(long pid, int slotId, long nowNanos) {
    Worker w = worker(pid, slotId, Worker.Role.SLOT);
    w.state = Worker.State.READY;
    w.readyAtNanos = nowNanos;
    w.lastHeartbeatNanos = nowNanos;
    w.channel = new io.netty.channel.embedded.EmbeddedChannel();
    return w;
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
  }

  @Override
  public Process destroyForcibly() {
    sigkills++;
    return this;
  }

  @Override
  public CompletableFuture<Process> onExit() {
    return new CompletableFuture<>();
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
    return 0;
  }
}
