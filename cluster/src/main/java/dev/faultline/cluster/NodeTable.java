package dev.faultline.cluster;

import dev.faultline.supervisor.backend.UnitStatus;
import dev.faultline.supervisor.restart.RestartHistory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The front's nodes: one slot per node it started ({@code 1..N}, each with its restart history and
 * its current node), and slots after those for nodes that joined from elsewhere; and the current
 * nodes by member id, for Hazelcast's membership events. A plain map: owned by the backend's event
 * loop.
 */
final class NodeTable {
  /** One place in the cluster: the node in it now, and what the restart policy remembers. */
  static final class Slot {
    final int number;
    final boolean local;
    final RestartHistory history = new RestartHistory();
    Node node;
    UnitStatus.LastDeath lastLoss;

    Slot(int number, boolean local) {
      this.number = number;
      this.local = local;
    }
  }

  private final int localSlots;
  private final TreeMap<Integer, Slot> slots = new TreeMap<>();
  private final Map<String, Node> byMember = new HashMap<>();
  private int turn;

  NodeTable(int localSlots) {
    this.localSlots = localSlots;
    for (int i = 1; i <= localSlots; i++) {
      slots.put(i, new Slot(i, true));
    }
  }

  Slot slot(int number) {
    return slots.get(number);
  }

  /** A slot for a node that joined from elsewhere: numbered after every other. */
  Slot newRemoteSlot() {
    int number = Math.max(localSlots, slots.isEmpty() ? 0 : slots.lastKey()) + 1;
    Slot s = new Slot(number, false);
    slots.put(number, s);
    return s;
  }

  void known(Node node) {
    byMember.put(node.nodeId(), node);
  }

  Node byMember(String memberId) {
    return byMember.get(memberId);
  }

  void forget(Node node) {
    if (node.nodeId() != null) {
      byMember.remove(node.nodeId(), node);
    }
  }

  /**
   * The reachable node with the fewest jobs in flight, not kept for a suspect ({@link
   * Node#reserve}); a tie goes to the next node in turn, so an idle cluster spreads sequential jobs
   * over every node instead of sending all to the first.
   */
  Optional<Node> leastLoaded() {
    List<Node> nodes = current();
    Node best = null;
    int start = nodes.isEmpty() ? 0 : Math.floorMod(turn++, nodes.size());
    for (int i = 0; i < nodes.size(); i++) {
      Node n = nodes.get((start + i) % nodes.size());
      if (n.reachable() && !n.reserved() && (best == null || n.inFlight() < best.inFlight())) {
        best = n;
      }
    }
    return Optional.ofNullable(best);
  }

  int reachable() {
    return (int) current().stream().filter(Node::reachable).count();
  }

  /** Every slot's current node, in slot order. */
  List<Node> current() {
    List<Node> nodes = new ArrayList<>();
    slots
        .values()
        .forEach(
            s -> {
              if (s.node != null) {
                nodes.add(s.node);
              }
            });
    return nodes;
  }

  List<Slot> slots() {
    return List.copyOf(slots.values());
  }

  boolean allLocalReachable() {
    for (int i = 1; i <= localSlots; i++) {
      Node n = slots.get(i).node;
      if (n == null || !n.reachable()) {
        return false;
      }
    }
    return true;
  }
}
