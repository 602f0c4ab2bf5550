package dev.faultline.cluster;

import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.json.JsonObject;
import java.util.function.Consumer;

/**
 * Sends the {@link FailureDetector}'s pings on the event bus, one per watched node each interval,
 * and hands the detector's verdicts to the backend. A ping left unanswered times out after the
 * detector's silence bound, so no more than {@link FailureDetector#MISSES} per node are ever
 * pending. Runs on the backend's event loop only.
 */
final class NodePings {
  private static final JsonObject PING = new JsonObject();
  private final EventBus bus;
  private final FailureDetector detector;
  private final Consumer<FailureDetector.Verdict> verdicts;
  private final DeliveryOptions options =
      new DeliveryOptions().setSendTimeout(FailureDetector.MISSES * FailureDetector.INTERVAL_MS);

  NodePings(EventBus bus, FailureDetector detector, Consumer<FailureDetector.Verdict> verdicts) {
    this.bus = bus;
    this.detector = detector;
    this.verdicts = verdicts;
  }

  /** One interval: who has been silent too long, then the next round of pings. */
  void tick() {
    detector.check(System.nanoTime()).forEach(verdicts);
    for (Node node : detector.watched()) {
      bus.request(NodeProtocol.pingAddress(node.nodeId()), PING, options)
          .onSuccess(
              m -> {
                FailureDetector.Verdict v = detector.heard(node, System.nanoTime());
                if (v != null) {
                  verdicts.accept(v);
                }
              });
    }
  }
}
