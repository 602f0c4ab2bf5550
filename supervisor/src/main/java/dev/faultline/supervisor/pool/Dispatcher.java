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
 * least-loaded slot (fewest in flight, then the one whose oldest job is youngest, then lowest id)
 * whose worker is ready, has room in its pipeline and whose circuit breaker lets it through. A
 * worker's pipeline holds {@value #PIPELINE_DEPTH} jobs per job thread: the worker runs as many as
 * it has threads and queues the rest, so a thread that finishes finds its next job already there
 * instead of waiting a round trip for it. A job is queued behind others only while the oldest job
 * on that worker is younger than {@value #QUEUE_BEHIND_LIMIT_MS} ms: a job that runs longer may be
 * stuck (a hang, a deadlock), and whatever waits behind it inside the worker would wait with it, so
 * new jobs wait here instead, for a worker that is moving (head-of-line blocking is what HTTP/1.1
 * pipelining died of). A solo job (a retried one) needs a worker with nothing else in flight; while
 * it waits, one worker is reserved for it and takes no new job until it is empty. Owned by the
 * loop. How many may wait is bounded before they get here (the backend's bulkhead).
 */
final class Dispatcher {
  /** Jobs in flight per job thread of a worker: one running, the rest queued in the worker. */
  static final int PIPELINE_DEPTH = 4;

  /**
   * How old the oldest job on a worker may be for another job to queue behind it. Far above a
   * normal job (a ~1 ms request, even on a loaded machine), far below any client's timeout.
   */
  static final long QUEUE_BEHIND_LIMIT_MS = 20;

  private final Deque<PendingJob> waiting = new ArrayDeque<>();
  private final int threads;
  private final int window;

  Dispatcher(int threadsPerWorker) {
    this.threads = threadsPerWorker;
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
      Slot slot = p.solo ? emptySlot(slots) : freeSlot(slots, nowNanos);
      if (slot != null) {
        it.remove();
        slot.worker.send(p, nowNanos);
      } else if (p.solo) {
        reserveLeastBusy(slots);
      } else if (slots.stream().noneMatch(s -> mayTake(s.worker, nowNanos))) {
        return; // no capacity left for plain jobs this round
      }
    }
  }

  private Slot freeSlot(Collection<Slot> slots, long nowNanos) {
    Slot best = null;
    for (Slot s : slots) {
      if (mayTake(s.worker, nowNanos)
          && s.breaker.allowsDispatch()
          && (best == null || lessBusy(s.worker, best.worker))) {
        best = s;
      }
    }
    return best;
  }

  /** Fewer jobs in flight; at equal load, the one whose oldest job is younger (it is moving). */
  private static boolean lessBusy(Worker a, Worker b) {
    return a.load() < b.load()
        || (a.load() == b.load()
            && a.load() > 0
            && a.oldestJobSentNanos() > b.oldestJobSentNanos());
  }

  /** Room in its pipeline, and a free job thread or only young jobs to queue behind. */
  private boolean mayTake(Worker w, long nowNanos) {
    return w != null
        && w.canTake(window)
        && (w.load() < threads
            || (nowNanos - w.oldestJobSentNanos()) / 1_000_000 < QUEUE_BEHIND_LIMIT_MS);
  }

  /**
   * An empty worker for a solo job, the one that served most: a retried job is a request that
   * already lost a worker, and a JVM that just said hello runs its first jobs slowly (classes still
   * loading, nothing compiled), which keeps the retry in flight longer, exposed to the next death.
   */
  private Slot emptySlot(Collection<Slot> slots) {
    Slot best = null;
    for (Slot s : slots) {
      Worker w = s.worker;
      if (w != null
          && w.isServing()
          && w.inFlight().isEmpty()
          && (best == null || w.served() > best.worker.served())
          && s.breaker.allowsDispatch()) {
        best = s;
      }
    }
    return best;
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
