package dev.faultline.supervisor.backend;

import java.util.List;

/**
 * A fault aimed at a whole node of a cluster-mode server, from outside it ({@code GET
 * /chaos/node}): {@code kill} SIGKILLs the node's JVM; {@code pause} SIGSTOPs it for {@code ms},
 * then SIGCONTs it; {@code partition} sets its network link down for {@code ms}, then up again
 * (nodes in network namespaces only, {@code --netns}).
 *
 * @param ms how long a pause or partition lasts; 0 for a kill
 */
public record NodeFault(Kind kind, int node, int ms) {
  /** The longest pause or partition: every fault ends by itself within a minute. */
  public static final int MAX_MS = 60_000;

  public enum Kind {
    KILL,
    PAUSE,
    PARTITION;

    public String label() {
      return name().toLowerCase();
    }
  }

  /** {@code kill}, {@code pause}, {@code partition}. */
  public static List<String> names() {
    return List.of(Kind.values()).stream().map(Kind::label).toList();
  }
}
