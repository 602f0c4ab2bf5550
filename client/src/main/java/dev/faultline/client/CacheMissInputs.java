package dev.faultline.client;

import dev.faultline.worker.ResultCache;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;

/**
 * The inputs of a max-rate run: {@value #COUNT} seeded inputs that all fall into the same slot of
 * the servers' result cache, sent round robin. Each evicts the one before, so no answer comes from
 * the cache (the run measures the workload, as fresh random inputs would), while the client
 * computes only {@value #COUNT} digests, once, instead of one per answer: at a ~1 ms request, one
 * per answer would cost the client as much CPU as the servers it measures.
 */
final class CacheMissInputs {
  static final int COUNT = 256;

  private final List<PlannedRequest> templates;
  private final int cost;

  CacheMissInputs(long seed, int cost) {
    this.cost = cost;
    this.templates = new ArrayList<>(COUNT);
    SplittableRandom random = new SplittableRandom(seed);
    int slot = ResultCache.slotFor(random.nextLong(), cost);
    while (templates.size() < COUNT) {
      long input = random.nextLong();
      if (ResultCache.slotFor(input, cost) == slot) {
        templates.add(new PlannedRequest(templates.size(), 0, input, cost, ""));
      }
    }
  }

  /** One request per input, due at once: what {@link ExpectedDigests} computes up front. */
  List<PlannedRequest> templates() {
    return templates;
  }

  /** Request {@code seq}, made now; it shares its input's expected digest. */
  PlannedRequest request(long seq, long sentNanos) {
    PlannedRequest t = templates.get((int) (seq % COUNT));
    CompletableFuture<String> shared = t.expected();
    return new PlannedRequest(seq, sentNanos, t.input, cost, "", shared);
  }
}
