package dev.faultline.cluster;

import dev.faultline.supervisor.death.DeathCause;

/**
 * What the front saw when it lost a node, the first line of its report: a local node's exit (its
 * status and signal, read like a worker's), Hazelcast removing the member, or the front's own
 * detector hearing nothing for a while (unreachable: not lost, its jobs handed over all the same).
 *
 * @param event the {@code crash-events.jsonl} event: {@code node_lost} or {@code node_unreachable}
 * @param exitCode the JVM's exit status, or null when no exit was seen
 */
record LossSeen(
    String event, String causeClass, String cause, String description, Integer exitCode) {

  static LossSeen exit(DeathCause c) {
    return new LossSeen("node_lost", c.kind().code(), c.cause(), c.describe(), c.exitCode());
  }

  /**
   * @param silentMs since its last answer to a ping, or -1 if it never answered one
   */
  static LossSeen removed(long silentMs) {
    return new LossSeen(
        "node_lost",
        "member_removed",
        "member removed",
        "member removed by Hazelcast"
            + (silentMs < 0 ? "" : ", " + silentMs + " ms after its last answer to a ping"),
        null);
  }

  static LossSeen unreachable(long silentMs) {
    return new LossSeen(
        "node_unreachable",
        "unreachable",
        "unreachable",
        "unreachable: no answer to the front's pings for " + silentMs + " ms",
        null);
  }

  boolean onlyUnreachable() {
    return event.equals("node_unreachable");
  }
}
