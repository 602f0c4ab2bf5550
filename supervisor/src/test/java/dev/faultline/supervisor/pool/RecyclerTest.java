package dev.faultline.supervisor.pool;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.config.Recycling;
import dev.faultline.supervisor.backend.Job;
import dev.faultline.supervisor.testing.HandSetClock;
import io.netty.channel.embedded.EmbeddedChannel;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class RecyclerTest {
  private static final long SECOND = 1_000_000_000L;

  /** {@code n} jobs sent to {@code w} and answered. */
  private static void serve(Worker w, int n) {
    for (int i = 0; i < n; i++) {
      long id = w.served() + 1;
      w.send(new PendingJob(new Job(id, id, 1, "", "GET /work"), new CompletableFuture<>()), 0);
      w.answered(id);
    }
  }

  private static Slot slotWith(Worker w) {
    Slot s = new Slot(w.slotId(), new SlotBreaker(w.slotId(), new HandSetClock()));
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
    Worker w = FakeProcess.worker(7, 1, Worker.Role.SLOT);
    w.markReady(new EmbeddedChannel(), 0, 100);
    serve(w, 99);
    Slot s = slotWith(w);

    assertThat(r.due(List.of(s), SECOND)).isEmpty();
    serve(w, 1);
    assertThat(r.due(List.of(s), SECOND)).contains(s);
    assertThat(w.recycling.reason())
        .isEqualTo("served 100 requests, limit 100 (max-requests 100 + jitter)");
  }

  @Test
  void shouldRecycleAWorkerWhoseResidentMemoryPassedTheLimit() {
    Recycler r =
        new Recycler(new Recycling(0, 0, 64, Duration.ZERO), pid -> OptionalLong.of(70 * 1024));
    Slot s = slotWith(FakeProcess.ready(7, 1, 0));

    assertThat(r.due(List.of(s), 2 * SECOND)).contains(s);
    assertThat(s.worker.recycling.reason())
        .isEqualTo("resident memory 70 MiB (Rss) over max-rss-mb 64");
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
