package dev.faultline.supervisor.pool;

import dev.faultline.supervisor.metrics.ServerMetrics;

/**
 * Units ready and requests waiting, for the metrics gauges: the loop writes them once per turn, the
 * scrape (on an event loop) reads them without asking the loop anything.
 */
final class PoolGauges {
  private volatile int ready;
  private volatile int queued;

  PoolGauges(int units, ServerMetrics metrics) {
    metrics.watchUnits(units, () -> ready, () -> queued);
  }

  void update(WorkerTable table, int queuedNow) {
    ready =
        (int) table.slots().stream().filter(s -> s.worker != null && s.worker.isServing()).count();
    queued = queuedNow;
  }
}
