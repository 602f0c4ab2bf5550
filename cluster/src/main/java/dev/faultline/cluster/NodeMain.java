package dev.faultline.cluster;

import dev.faultline.config.ExitCodes;
import dev.faultline.worker.ParentWatch;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.json.JsonObject;
import java.util.concurrent.TimeUnit;

/**
 * A node JVM: joins the cluster, consumes its own event-bus address, runs jobs on its own threads
 * ({@link NodeService}), and says hello to the front. A node the front started follows it out: when
 * the front dies its stdin ends, and the node halts. A node that cannot join or greet the front
 * within {@link #BOOT_TIMEOUT_SECONDS} exits {@link ExitCodes#WORKER_BOOT_FAILED}.
 */
public final class NodeMain {
  static final int BOOT_TIMEOUT_SECONDS = 60;

  private static final JsonObject PONG = new JsonObject();

  /** What a node prints once the front knows it: tools may wait for it. */
  public static final String READY = "ready in";

  private NodeMain() {}

  public static void main(String[] args) {
    NodeSpec spec = NodeSpec.parse(args);
    ParentWatch.onStdinEof(() -> Runtime.getRuntime().halt(ExitCodes.OK));
    run(spec);
  }

  /** Joins and serves until the JVM ends; a node started by hand ({@code faultline node}). */
  public static void run(NodeSpec spec) {
    long startNanos = System.nanoTime();
    try {
      ClusterMember member =
          ClusterMember.join(spec.cluster(), spec.host(), spec.join())
              .toCompletionStage()
              .toCompletableFuture()
              .get(BOOT_TIMEOUT_SECONDS, TimeUnit.SECONDS);
      NodeService service = new NodeService(spec.slot(), spec.threads());
      String address = NodeProtocol.nodeAddress(member.nodeId());
      member
          .vertx()
          .eventBus()
          .consumer(address, service::handle)
          .completion()
          .compose(
              v ->
                  member
                      .vertx()
                      .eventBus()
                      .consumer(NodeProtocol.pingAddress(member.nodeId()), m -> m.reply(PONG))
                      .completion())
          .compose(
              v ->
                  member
                      .vertx()
                      .eventBus()
                      .request(
                          NodeProtocol.HELLO,
                          NodeProtocol.hello(
                              spec.slot(),
                              ProcessHandle.current().pid(),
                              member.nodeId(),
                              spec.threads()),
                          new DeliveryOptions().setSendTimeout(BOOT_TIMEOUT_SECONDS * 1000L)))
          .toCompletionStage()
          .toCompletableFuture()
          .get(BOOT_TIMEOUT_SECONDS, TimeUnit.SECONDS);
      System.out.printf(
          "node %d %s %d ms (member %s at %s, %d threads)%n",
          spec.slot(),
          READY,
          (System.nanoTime() - startNanos) / 1_000_000,
          member.nodeId(),
          member.hazelcastAddress(),
          spec.threads());
      Runtime.getRuntime()
          .addShutdownHook(new Thread(() -> leave(member, service), "node-shutdown"));
    } catch (Exception e) {
      System.err.println("node " + spec.slot() + " could not join the cluster: " + e);
      Runtime.getRuntime().halt(ExitCodes.WORKER_BOOT_FAILED);
    }
  }

  /** Bounded: Vert.x's close can hang while a peer is partitioned (node-mode.md). */
  private static void leave(ClusterMember member, NodeService service) {
    service.close();
    try {
      member.vertx().close().toCompletionStage().toCompletableFuture().get(2, TimeUnit.SECONDS);
    } catch (Exception e) {
      Runtime.getRuntime().halt(ExitCodes.OK);
    }
  }
}
