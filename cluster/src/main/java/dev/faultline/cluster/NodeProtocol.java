package dev.faultline.cluster;

import dev.faultline.supervisor.backend.Job;
import dev.faultline.supervisor.backend.JobResult;
import io.vertx.core.json.JsonObject;

/**
 * What the front and its nodes say to each other on the clustered event bus, as JSON objects. Each
 * node consumes an address of its own ({@code faultline.node.<member-uuid>}), so the front picks
 * the node and the event bus never round-robins; a node announces itself on {@link #HELLO}.
 *
 * <pre>
 * node  -> front  faultline.front.hello  {"slot":2,"pid":4711,"nodeId":"3f2a...","address":"faultline.node.3f2a...","threads":2}
 * front -> node   faultline.node.3f2a... {"id":8812,"input":42,"cost":10,"fault":""}
 * node  -> front  (reply)                {"digest":-3541...,"unit":"node-2/thread-1","pid":4711}
 *                 (or fail(500, "java.lang.IllegalStateException: ..."))
 * front -> node   faultline.ping.3f2a... {}   every 250 ms, answered on the node's event loop
 * node  -> front  (reply)                {}
 * </pre>
 */
final class NodeProtocol {
  static final String HELLO = "faultline.front.hello";
  private static final String NODE_PREFIX = "faultline.node.";
  private static final String PING_PREFIX = "faultline.ping.";

  private NodeProtocol() {}

  static String nodeAddress(String nodeId) {
    return NODE_PREFIX + nodeId;
  }

  /** Where a node answers the front's pings: apart from its jobs, so a busy pool delays none. */
  static String pingAddress(String nodeId) {
    return PING_PREFIX + nodeId;
  }

  static JsonObject hello(int slot, long pid, String nodeId, int threads) {
    return new JsonObject()
        .put("slot", slot)
        .put("pid", pid)
        .put("nodeId", nodeId)
        .put("address", nodeAddress(nodeId))
        .put("threads", threads);
  }

  static JsonObject job(Job job) {
    return new JsonObject()
        .put("id", job.id())
        .put("input", job.input())
        .put("cost", job.cost())
        .put("fault", job.fault());
  }

  static JsonObject result(long digest, String unit, long pid) {
    return new JsonObject().put("digest", digest).put("unit", unit).put("pid", pid);
  }

  static JobResult result(JsonObject body) {
    return new JobResult(body.getLong("digest"), body.getString("unit"), body.getLong("pid"));
  }
}
