package dev.faultline.lab.matrix;

import dev.faultline.lab.observe.ServerStatus;
import java.util.List;

/**
 * How many of a server's units are lost at the end of a window, read from its {@code /status}: a
 * unit is lost when it is dead or not yet back (a worker not {@code ready}) or stuck (its current
 * job has run for {@code stuckAfterMs} or more: background jobs take milliseconds). A server that
 * is dead or does not answer {@code /status} has lost every unit: no client can reach any of them.
 */
final class CapacityLost {
  private CapacityLost() {}

  /**
   * @param status the server's {@code /status}, or null when it did not answer
   */
  static int count(ServerStatus status, int units, long stuckAfterMs) {
    if (status == null) {
      return units;
    }
    List<ServerStatus.Unit> list = status.unitList();
    int lost = Math.max(0, units - list.size());
    for (ServerStatus.Unit unit : list) {
      lost += !unit.serving() || unit.busyMs() >= stuckAfterMs ? 1 : 0;
    }
    return lost;
  }
}
