package dev.faultline.supervisor.backend;

import dev.faultline.config.Mode;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Where the HTTP front sends jobs. The two implementations share everything else: the front, the
 * workload, the faults. Thread mode runs jobs on threads of this JVM; process mode sends them to
 * worker JVMs.
 */
public interface Backend extends AutoCloseable {

  Mode mode();

  /** Completes when every unit is ready to take jobs. */
  CompletableFuture<Void> start();

  /** Completes with the answer, or exceptionally with a {@link BackendFailure}. */
  CompletableFuture<JobResult> submit(Job job);

  /** Units, their state and counters, for {@code GET /status}. */
  CompletableFuture<JsonObject> status();

  /**
   * Applies a fault to a whole node ({@code GET /chaos/node}); only cluster mode has nodes, so the
   * other modes answer 409 naming their mode.
   */
  default CompletableFuture<JsonObject> nodeFault(NodeFault fault) {
    return CompletableFuture.failedFuture(
        new BackendFailure(
            409,
            "no_nodes",
            "node faults need a cluster-mode server (serve --mode cluster); this one runs "
                + mode().label()
                + " mode",
            Map.of("parameter", "fault")));
  }

  /** Stops taking jobs and releases every unit. */
  @Override
  void close();
}
