package dev.faultline.worker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResultCacheTest {
  private final ResultCache cache = new ResultCache();

  @Test
  void shouldAnswerWhatTheWorkloadAnswersWhetherCachedOrNot() {
    long first = cache.digest(42, 3);
    long second = cache.digest(42, 3);

    assertThat(first).isEqualTo(Workload.digest(42, 3));
    assertThat(second).isEqualTo(first);
  }

  @Test
  void shouldKeepEntriesForDifferentCostsApart() {
    assertThat(cache.digest(42, 1)).isEqualTo(Workload.digest(42, 1));
    assertThat(cache.digest(42, 2)).isEqualTo(Workload.digest(42, 2));
  }

  @Test
  void shouldStayIntactThroughItsOwnWritesIncludingEvictions() {
    assertThat(cache.intact()).as("empty").isTrue();
    for (long input = 0; input < 3 * ResultCache.SLOTS; input++) {
      cache.digest(input, 0);
    }

    assertThat(cache.intact()).isTrue();
  }

  @Test
  void shouldServeWrongAnswersAndBreakItsSealAfterAScribble() {
    for (long input = 0; input < 10; input++) {
      cache.digest(input, 0);
    }

    int damaged = cache.scribbleOverCache();

    assertThat(damaged).isBetween(1, 10);
    assertThat(cache.intact()).isFalse();
    assertThat(
            java.util.stream.LongStream.range(0, 10)
                .filter(i -> cache.digest(i, 0) != Workload.digest(i, 0)))
        .hasSize(damaged);
  }

  @Test
  void shouldDamageNothingInAnEmptyCache() {
    assertThat(cache.scribbleOverCache()).isZero();
    assertThat(cache.intact()).isTrue();
  }

  @Test
  void shouldHandOutTheLockEveryLookupTakes() {
    cache.cacheLock().lock();
    try {
      assertThat(
              ((java.util.concurrent.locks.ReentrantLock) cache.cacheLock())
                  .isHeldByCurrentThread())
          .isTrue();
      assertThat(cache.digest(5, 0))
          .as("reentrant for the holder")
          .isEqualTo(Workload.digest(5, 0));
    } finally {
      cache.cacheLock().unlock();
    }
  }
}
