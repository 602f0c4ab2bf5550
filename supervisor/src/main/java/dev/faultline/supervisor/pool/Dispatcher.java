package dev.faultline.supervisor.pool;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * The requests waiting for a worker, and the rule that hands them out: in order, each to the
 * least-loaded slot (fewest in flight, then lowest id) whose worker is ready, has room in its
 * pipeline and whose circuit breaker lets it through. A worker's pipeline holds {@value
 * #PIPELINE_DEPTH} jobs per job thread: the worker runs as many as it has threads and queues the
 * rest, so a thread that finishes finds its next job already there instead of waiting a round trip
 * for it. A solo job (a retried suspect) needs a worker with nothing else in flight; while it
 * waits, one worker is reserved for it and takes no new job until it is empty. Owned by the loop.
 * How many may wait is bounded before they get here (the backend's bulkhead).
 */
final class Dispatcher {
  /** Jobs in flight per job thread of a worker: one running, the rest queued in the worker. */
  static final int PIPELINE_DEPTH = 4;

  private final Deque<PendingJob> waiting = new ArrayDeque<>();
  private final int window;

  Dispatcher(int threadsPerWorker) {
    this.window = threadsPerWorker * PIPELINE_DEPTH;
  }

  void add(PendingJob p) {
    waiting.addLast(p);
  }

  /** A retried job goes first: it has waited once already. */
  void retryFirst(PendingJob p) {
    waiting.addFirst(p);
  }

  int size() {
    return waiting.size();
  }

  List<PendingJob> takeAll() {
    List<PendingJob> all = new ArrayList<>(waiting);
    waiting.clear();
    return all;
  }

  void dispatch(Collection<Slot> slots, long nowNanos) {
    Iterator<PendingJob> it = waiting.iterator();
    while (it.hasNext()) {
      PendingJob p = it.next();
      Slot slot = p.solo ? emptySlot(slots) : freeSlot(slots);
      if (slot != null) {
        it.remove();
        slot.worker.send(p, nowNanos);
      } else if (p.solo) {
        reserveLeastBusy(slots);
      } else if (slots.stream().noneMatch(s -> s.worker != null && s.worker.canTake(window))) {
        return; // no capacity left for plain jobs this round
      }
    }
  }

  private Slot freeSlot(Collection<Slot> slots) {
    Slot best = null;
    for (Slot s : slots) {
      if (s.worker != null
          && s.worker.canTake(window)
          && (best == null || s.worker.load() < best.worker.load())
          && s.breaker.allowsDispatch()) {
        best = s;
      }
    }
    return best;
  }

  private Slot emptySlot(Collection<Slot> slots) {
    for (Slot s : slots) {
      Worker w = s.worker;
      if (w != null && w.isServing() && w.inFlight().isEmpty() && s.breaker.allowsDispatch()) {
        return s;
      }
    }
    return null;
  }

  private static void reserveLeastBusy(Collection<Slot> slots) {
    if (slots.stream().anyMatch(s -> s.worker != null && s.worker.reservedForSolo())) {
      return;
    }
    slots.stream()
        .map(s -> s.worker)
        .filter(w -> w != null && w.isServing())
        .min(Comparator.comparingInt(w -> w.inFlight().size()))
        .ifPresent(Worker::reserveForSolo);
  }
}
