package dev.faultline.cluster;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where node losses are told: one human line in the log and one JSON line appended to {@code <run
 * dir>/crash-events.jsonl}, the file process mode's crash log writes ({@code node_lost}), and a
 * {@code node_removed} line when Hazelcast removes a member whose loss was seen first. Written by
 * the backend's event loop only; the lines are small and the file is local.
 */
final class NodeLog {
  static final String FILE_NAME = "crash-events.jsonl";
  private static final Logger LOG = LoggerFactory.getLogger("dev.faultline.cluster");
  private final Path file;

  NodeLog(Path runDir) {
    this.file = runDir.resolve(FILE_NAME);
  }

  void lost(NodeLoss loss) {
    LOG.warn(loss.humanLine());
    append(loss.json());
  }

  /** {@code node 2 (pid 4711) removed by Hazelcast 431 ms after its loss was seen} */
  void removed(Node node, long afterMs) {
    LOG.info(
        "{} (pid {}) removed by Hazelcast {} ms after its loss was seen",
        node.name(),
        node.pid(),
        afterMs);
    append(
        new JsonObject()
            .put("event", "node_removed")
            .put("time", Instant.now().toString())
            .put("node", node.slot)
            .put("pid", node.pid())
            .put("nodeId", node.nodeId())
            .put("removedAfterMs", afterMs));
  }

  /** {@code node 2 (pid 4711) reachable again after 1750 ms unreachable} */
  void reachableAgain(Node node, long unreachableMs) {
    LOG.info(
        "{} (pid {}) reachable again after {} ms unreachable",
        node.name(),
        node.pid(),
        unreachableMs);
    append(
        new JsonObject()
            .put("event", "node_reachable")
            .put("time", Instant.now().toString())
            .put("node", node.slot)
            .put("pid", node.pid())
            .put("nodeId", node.nodeId())
            .put("unreachableMs", unreachableMs));
  }

  void info(String line) {
    LOG.info(line);
  }

  void warn(String line) {
    LOG.warn(line);
  }

  private void append(JsonObject event) {
    try {
      Files.writeString(
          file,
          event.encode() + "\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      LOG.warn("cannot append to {}: {}", file, e.toString());
    }
  }
}
