package dev.faultline.cluster;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The front's own failure detector, faster than Hazelcast's whole-second heartbeat: the front pings
 * every node every {@link #INTERVAL_MS} ms on the event bus, and a node that has answered none for
 * {@link #MISSES} intervals is unreachable. Unreachable only stops routing (and hands over the
 * node's jobs); it does not evict: removal stays Hazelcast's, as Akka separates unreachable from
 * down. A node that answers again is reachable again.
 *
 * <p>A check that comes late (the front's own loop stalled: a GC, a starved core) counts no silence
 * across the stall: the front could not have heard anyone then, so silence is measured from the
 * previous check at most. Pure: times come in as arguments (nanoseconds, one monotonic clock); used
 * on the backend's event loop only.
 */
final class FailureDetector {
  /** How often the front pings each node. */
  static final long INTERVAL_MS = 250;

  /** Intervals without any answer that make a node unreachable: 1 s of silence. */
  static final int MISSES = 4;

  /** A check later than this after the previous one means the front itself stalled. */
  static final long STALL_MS = 2 * INTERVAL_MS;

  /** A change the check found: {@code silentMs} is how long the node had not answered. */
  record Verdict(Node node, boolean reachable, long silentMs) {}

  private final Map<Node, Watch> watches = new LinkedHashMap<>();
  private long lastCheckNanos;

  private static final class Watch {
    long heardNanos;
    boolean unreachable;
    long unreachableSinceNanos;

    Watch(long now) {
      heardNanos = now;
    }
  }

  /** Starts watching a node that said hello: it counts as heard now. */
  void watch(Node node, long now) {
    watches.put(node, new Watch(now));
  }

  /** Stops watching a node that was lost or removed. */
  void forget(Node node) {
    watches.remove(node);
  }

  /** The nodes to ping now. */
  List<Node> watched() {
    return List.copyOf(watches.keySet());
  }

  /**
   * A node answered a ping. Returns the verdict when it was unreachable (now reachable again, with
   * how long it was unreachable), else null.
   */
  Verdict heard(Node node, long now) {
    Watch w = watches.get(node);
    if (w == null) {
      return null;
    }
    w.heardNanos = Math.max(w.heardNanos, now);
    if (!w.unreachable) {
      return null;
    }
    w.unreachable = false;
    return new Verdict(node, true, (now - w.unreachableSinceNanos) / 1_000_000);
  }

  /** Since the node's last answer, or -1 if it is not watched. */
  long silentMs(Node node, long now) {
    Watch w = watches.get(node);
    return w == null ? -1 : (now - w.heardNanos) / 1_000_000;
  }

  /** Called every interval: the nodes that have just become unreachable. */
  List<Verdict> check(long now) {
    boolean stalled = lastCheckNanos != 0 && now - lastCheckNanos > STALL_MS * 1_000_000;
    lastCheckNanos = now;
    List<Verdict> changed = new ArrayList<>();
    for (Map.Entry<Node, Watch> e : watches.entrySet()) {
      Watch w = e.getValue();
      if (stalled) {
        w.heardNanos = Math.max(w.heardNanos, now);
      }
      long silentMs = (now - w.heardNanos) / 1_000_000;
      if (!w.unreachable && silentMs >= MISSES * INTERVAL_MS) {
        w.unreachable = true;
        w.unreachableSinceNanos = now;
        changed.add(new Verdict(e.getKey(), false, silentMs));
      }
    }
    return changed;
  }
}
