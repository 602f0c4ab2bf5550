package dev.faultline.supervisor.backend;

import dev.faultline.config.Mode;
import io.vertx.core.json.JsonObject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A door in front of a backend that counts the requests inside and can be closed: after {@link
 * #closeDoor()} new requests get 503 {@code shutting_down}, and the returned future completes when
 * the last request inside has its answer. This is how a stopping server drains.
 */
public final class DrainGate implements Backend {
  private final Backend inner;
  private final AtomicInteger inside = new AtomicInteger();
  private final CompletableFuture<Void> drained = new CompletableFuture<>();
  private volatile boolean closed;

  public DrainGate(Backend inner) {
    this.inner = inner;
  }

  @Override
  public CompletableFuture<JobResult> submit(Job job) {
    inside.incrementAndGet(); // count first, then look: a request cannot slip past closeDoor
    // uncounted
    if (closed) {
      leave();
      return CompletableFuture.failedFuture(BackendFailure.refusedWhileStopping());
    }
    CompletableFuture<JobResult> reply;
    try {
      reply = inner.submit(job);
    } catch (RuntimeException e) {
      leave();
      throw e;
    }
    reply.whenComplete((r, e) -> leave());
    return reply;
  }

  private void leave() {
    if (inside.decrementAndGet() == 0 && closed) {
      drained.complete(null);
    }
  }

  /** Refuses new requests from now on; completes when none is left inside. */
  public CompletableFuture<Void> closeDoor() {
    closed = true;
    if (inside.get() == 0) {
      drained.complete(null);
    }
    return drained;
  }

  /** Requests submitted and not answered yet. */
  public int inside() {
    return inside.get();
  }

  @Override
  public Mode mode() {
    return inner.mode();
  }

  @Override
  public CompletableFuture<Void> start() {
    return inner.start();
  }

  @Override
  public CompletableFuture<JsonObject> status() {
    return inner.status();
  }

  @Override
  public CompletableFuture<JsonObject> nodeFault(NodeFault fault) {
    return inner.nodeFault(fault);
  }

  @Override
  public void close() {
    inner.close();
  }
}
