package dev.faultline.supervisor.serve;

import dev.faultline.config.Durations;
import dev.faultline.supervisor.backend.DrainGate;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The graceful stop, in order and once: close the door (new requests get 503 {@code
 * shutting_down}), wait up to the grace for the requests inside to get their answers, let the HTTP
 * front write them and close its connections, then stop the backend (workers politely, then
 * forcefully). Requests still inside when the grace runs out get 503 from the backend.
 */
final class Shutdown {
  private static final Logger LOG = LoggerFactory.getLogger("server");
  private static final long FRONT_CLOSE_SECONDS = 5;

  private final DrainGate gate;
  private final Vertx vertx;
  private final Duration grace;
  private final AtomicBoolean done = new AtomicBoolean();
  private volatile HttpServer front;

  Shutdown(DrainGate gate, Vertx vertx, Duration grace) {
    this.gate = gate;
    this.vertx = vertx;
    this.grace = grace;
  }

  void frontIs(HttpServer http) {
    this.front = http;
  }

  /** The graceful stop: drain first. */
  void run(String why) {
    if (!done.compareAndSet(false, true)) {
      return;
    }
    long start = System.nanoTime();
    LOG.info(
        "stopping ({}): new requests get 503 shutting_down; waiting up to {} for {} in flight",
        why,
        Durations.format(grace),
        gate.inside());
    boolean drained = drain();
    LOG.info(
        "{} in {} ms",
        drained
            ? "drained every request in flight"
            : "grace over with " + gate.inside() + " requests still in flight (they get 503)",
        (System.nanoTime() - start) / 1_000_000);
    closeFront(true);
    gate.close();
    LOG.info("stopped");
  }

  /**
   * The JVM is exiting anyway ({@code System.exit}, from a fault in thread mode or from the parent
   * watch), or the start failed: no drain, which could wait on a request that is itself stuck in
   * that exit. New requests get 503 {@code shutting_down} for the moments the JVM still lives, and
   * the units stop. A listening front is not closed: the exiting JVM frees its socket anyway, and
   * closing Vert.x while clients keep connecting made it log a stack trace for every connection
   * accepted during the close ("Failed to register an accepted channel", Vert.x issue 6087), dozens
   * per death under load.
   */
  void runWithoutDrain(String why) {
    if (!done.compareAndSet(false, true)) {
      return;
    }
    LOG.info("stopping ({})", why);
    gate.closeDoor();
    if (front == null) {
      closeFront(false);
    }
    gate.close();
  }

  private boolean drain() {
    try {
      gate.closeDoor().get(grace.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (Exception e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * @param graceful let open connections finish their answers (after a drain), else just close
   */
  private void closeFront(boolean graceful) {
    try {
      if (graceful && front != null) {
        front
            .shutdown(FRONT_CLOSE_SECONDS, TimeUnit.SECONDS)
            .toCompletionStage()
            .toCompletableFuture()
            .get(FRONT_CLOSE_SECONDS + 1, TimeUnit.SECONDS);
      }
      vertx
          .close()
          .toCompletionStage()
          .toCompletableFuture()
          .get(FRONT_CLOSE_SECONDS, TimeUnit.SECONDS);
    } catch (Exception e) {
      LOG.warn("the HTTP front did not close within {} s: {}", FRONT_CLOSE_SECONDS, e.toString());
    }
  }
}
