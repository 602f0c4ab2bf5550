package dev.faultline.cluster;

import dev.faultline.supervisor.backend.BackendFailure;
import dev.faultline.supervisor.backend.NodeFault;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;

/**
 * The node faults of {@code GET /chaos/node}, applied from the front to one local node: {@code
 * kill} (SIGKILL), {@code pause} (SIGSTOP, then SIGCONT after {@code ms}) and {@code partition}
 * (its switch port down, then up after {@code ms}; only with {@code --netns}). Each fault ends by
 * itself; what the front sees meanwhile is the detector's and Hazelcast's business, not this
 * class's. Called on the backend's event loop; the signals and {@code ip} run on worker threads.
 */
final class NodeFaults {
  private final Vertx vertx;
  private final NodeTable table;
  private final NetNamespaces netns;
  private final NodeLog log;

  /**
   * @param netns the namespaces, or null without {@code --netns}
   */
  NodeFaults(Vertx vertx, NodeTable table, NetNamespaces netns, NodeLog log) {
    this.vertx = vertx;
    this.table = table;
    this.netns = netns;
    this.log = log;
  }

  Future<JsonObject> apply(NodeFault f) {
    NodeTable.Slot slot = table.slot(f.node());
    Node node = slot == null ? null : slot.node;
    if (node == null) {
      return Future.failedFuture(
          refused(404, "no_such_node", "there is no node " + f.node() + " (see /status)", f));
    }
    if (node.lost()) {
      return Future.failedFuture(
          refused(409, "node_lost", node.name() + " is " + node.state().label() + " already", f));
    }
    if (!slot.local) {
      return Future.failedFuture(
          refused(
              409,
              "not_local",
              node.name() + " joined from elsewhere: this front cannot signal or cut it off",
              f));
    }
    if (f.kind() == NodeFault.Kind.PARTITION && (netns == null || !netns.has(f.node()))) {
      return Future.failedFuture(
          refused(
              409,
              "needs_netns",
              "a partition needs the nodes in network namespaces: serve --mode cluster --netns",
              f));
    }
    log.warn(
        "chaos: "
            + f.kind().label()
            + " "
            + node.name()
            + " (pid "
            + node.pid()
            + ")"
            + (f.ms() > 0 ? " for " + f.ms() + " ms" : ""));
    return vertx
        .executeBlocking(() -> start(f, node.pid()))
        .map(
            v -> {
              if (f.ms() > 0) {
                vertx.setTimer(f.ms(), t -> vertx.executeBlocking(() -> end(f, node.pid())));
              }
              return new JsonObject()
                  .put("node", f.node())
                  .put("pid", node.pid())
                  .put("fault", f.kind().label())
                  .put("ms", f.ms())
                  .put("endsAt", Instant.now().plusMillis(f.ms()).toString());
            });
  }

  private Void start(NodeFault f, long pid) throws IOException {
    switch (f.kind()) {
      case KILL -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
      case PAUSE -> {
        if (!NodeSignals.send(pid, "STOP")) {
          throw new IOException("kill -STOP " + pid + " failed: the node is gone");
        }
      }
      case PARTITION -> netns.link(f.node(), false);
    }
    return null;
  }

  private Void end(NodeFault f, long pid) throws IOException {
    switch (f.kind()) {
      case KILL -> {}
      case PAUSE -> NodeSignals.send(pid, "CONT");
      case PARTITION -> netns.link(f.node(), true);
    }
    log.info("chaos: " + f.kind().label() + " of node " + f.node() + " (pid " + pid + ") over");
    return null;
  }

  private static BackendFailure refused(int status, String code, String message, NodeFault f) {
    return new BackendFailure(status, code, message, Map.of("parameter", "node", "node", f.node()));
  }
}
