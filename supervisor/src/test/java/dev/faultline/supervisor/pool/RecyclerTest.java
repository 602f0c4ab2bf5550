package dev.faultline.supervisor.pool;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.config.Recycling;
import dev.faultline.supervisor.testing.HandSetClock;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class RecyclerTest {
  private static final long SECOND = 1_000_000_000L;

  private static Slot slotWith(Worker w) {
    Slot s = new Slot(w.slotId, new SlotBreaker(w.slotId, new HandSetClock()));
    s.worker = w;
    return s;
  }

  @Test
  void shouldGiveEachWorkerALimitBetweenMaxRequestsAndMaxPlusJitter() {
    Recycler r =
        new Recycler(new Recycling(100, 10, 0, Duration.ZERO), pid -> OptionalLong.empty());

    for (int i = 0; i < 200; i++) {
      assertThat(r.requestLimitForNewWorker()).isBetween(100L, 110L);
    }
    assertThat(
            new Recycler(Recycling.off(), pid -> OptionalLong.empty()).requestLimitForNewWorker())
        .isZero();
  }

  @Test
  void shouldRecycleAWorkerThatServedItsLimit() {
    Recycler r = new Recycler(new Recycling(100, 0, 0, Duration.ZERO), pid -> OptionalLong.empty());
    Worker w = FakeProcess.ready(7, 1, 0);
    w.requestLimit = 100;
    w.served = 99;
    Slot s = slotWith(w);

    assertThat(r.due(List.of(s), SECOND)).isEmpty();
    w.served = 100;
    assertThat(r.due(List.of(s), SECOND)).contains(s);
    assertThat(w.recycleReason)
        .isEqualTo("served 100 requests, limit 100 (max-requests 100 + jitter)");
  }

  @Test
  void shouldRecycleAWorkerWhoseResidentMemoryPassedTheLimit() {
    Recycler r =
        new Recycler(new Recycling(0, 0, 64, Duration.ZERO), pid -> OptionalLong.of(70 * 1024));
    Slot s = slotWith(FakeProcess.ready(7, 1, 0));

    assertThat(r.due(List.of(s), 2 * SECOND)).contains(s);
    assertThat(s.worker.recycleReason)
        .isEqualTo("resident memory 70 MiB (VmRSS) over max-rss-mb 64");
  }

  @Test
  void shouldReadResidentMemoryAtMostOnceASecondPerWorker() {
    int[] reads = {0};
    Recycler r =
        new Recycler(
            new Recycling(0, 0, 64, Duration.ZERO),
            pid -> {
              reads[0]++;
              return OptionalLong.of(10 * 1024);
            });
    Slot s = slotWith(FakeProcess.ready(7, 1, 0));

    r.due(List.of(s), 2 * SECOND);
    r.due(List.of(s), 2 * SECOND + SECOND / 2);
    r.due(List.of(s), 3 * SECOND);

    assertThat(reads[0]).isEqualTo(2);
  }

  @Test
  void shouldRecycleAWorkerUpLongerThanItsMaxLifetime() {
    Recycler r =
        new Recycler(new Recycling(0, 0, 0, Duration.ofSeconds(60)), pid -> OptionalLong.empty());
    Slot s = slotWith(FakeProcess.ready(7, 1, 0));

    assertThat(r.due(List.of(s), 59 * SECOND)).isEmpty();
    assertThat(r.due(List.of(s), 60 * SECOND)).contains(s);
  }

  @Test
  void shouldRecycleOneWorkerAtATime() {
    Recycler r =
        new Recycler(new Recycling(0, 0, 0, Duration.ofSeconds(1)), pid -> OptionalLong.empty());
    Slot one = slotWith(FakeProcess.ready(7, 1, 0));
    Slot two = slotWith(FakeProcess.ready(8, 2, 0));

    assertThat(r.due(List.of(one, two), 5 * SECOND)).contains(one);
    assertThat(r.due(List.of(one, two), 5 * SECOND))
        .as("while worker 1 is being recycled")
        .isEmpty();
  }
}
