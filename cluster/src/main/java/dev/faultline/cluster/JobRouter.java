package dev.faultline.cluster;

import dev.faultline.supervisor.backend.BackendFailure;
import io.vertx.core.AsyncResult;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;

/**
 * The data path of cluster mode: sends a job to the least-loaded reachable node's own address,
 * enters it in that node's in-flight table, and answers it when the reply comes, unless the job was
 * handed over in the meantime because its node was lost (then the late reply, or the send timeout,
 * is ignored). Applies {@link Failover}'s fates. Runs on the backend's event loop only.
 */
final class JobRouter {
  private final NodeTable table;
  private final EventBus bus;
  private final DeliveryOptions options;
  private final int timeoutMs;

  JobRouter(NodeTable table, EventBus bus, int timeoutMs) {
    this.table = table;
    this.bus = bus;
    this.timeoutMs = timeoutMs;
    this.options = new DeliveryOptions().setSendTimeout(timeoutMs);
  }

  void send(PendingJob p) {
    Node node = table.leastLoaded().orElse(null);
    if (node == null) {
      p.answer.completeExceptionally(
          BackendFailure.overloaded(
              "no node is reachable now (" + table.current().size() + " known)"));
      return;
    }
    if (p.suspicions > 0) {
      node.reserve(p); // a suspect of an earlier death runs alone (Node#reserve)
      sendSoloIfReady(node);
      return;
    }
    dispatch(node, p);
  }

  private void dispatch(Node node, PendingJob p) {
    node.sent(p);
    bus.<JsonObject>request(node.address(), NodeProtocol.job(p.job), options)
        .onComplete(ar -> replied(node, p, ar));
  }

  private void sendSoloIfReady(Node node) {
    PendingJob suspect = node.soloReady();
    if (suspect != null) {
      dispatch(node, suspect);
    }
  }

  /** A lost node's jobs: retried on another node, or answered with their failure at once. */
  void apply(List<Fate> fates, Node node, String why) {
    for (Fate f : fates) {
      if (f.kind() == Fate.Kind.RETRIED) {
        send(f.pending());
      } else {
        f.pending().answer.completeExceptionally(NodeSupervisor.lostWithNode(f, node, why));
      }
    }
  }

  private void replied(Node node, PendingJob p, AsyncResult<Message<JsonObject>> ar) {
    if (!node.answered(p, ar.succeeded())) {
      return; // handed over when the node was lost: retried or answered already
    }
    sendSoloIfReady(node);
    if (ar.succeeded()) {
      p.answer.complete(NodeProtocol.result(ar.result().body()));
    } else {
      p.answer.completeExceptionally(failure(node, ar.cause()));
    }
  }

  private BackendFailure failure(Node node, Throwable cause) {
    if (!(cause instanceof ReplyException re)) {
      return BackendFailure.jobFailed(node.name() + ": " + cause);
    }
    return switch (re.failureType()) {
      case TIMEOUT ->
          new BackendFailure(
              504,
              "node_timeout",
              node.name() + " did not answer within " + timeoutMs + " ms (--node-timeout-ms)",
              Map.of("node", node.slot));
      case NO_HANDLERS ->
          new BackendFailure(
              502,
              "node_lost",
              node.name() + " no longer consumes its address",
              Map.of("node", node.slot));
      default ->
          re.failureCode() == 503
              ? BackendFailure.overloaded(re.getMessage())
              : BackendFailure.jobFailed(re.getMessage());
    };
  }
}
