package dev.faultline.supervisor.pool;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.supervisor.backend.Job;
import dev.faultline.supervisor.death.Ending;
import dev.faultline.supervisor.testing.HandSetClock;
import dev.faultline.worker.ipc.IpcMessage.JobRequest;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class DispatcherTest {
  private final Dispatcher dispatcher = new Dispatcher(2);
  private final Slot one = slot(1, 101);
  private final Slot two = slot(2, 102);
  private final List<Slot> slots = List.of(one, two);

  private static Slot slot(int id, long pid) {
    Slot s = new Slot(id, new SlotBreaker(id, new HandSetClock()));
    s.worker = FakeProcess.ready(pid, id, 0);
    return s;
  }

  private static PendingJob job(long id) {
    return new PendingJob(
        new Job(id, id, 1, "", "GET /work?input=" + id + "&cost=1"), new CompletableFuture<>());
  }

  private static List<Long> sentTo(Slot s) {
    EmbeddedChannel ch = (EmbeddedChannel) s.worker.channel();
    return ch.outboundMessages().stream().map(m -> ((JobRequest) m).jobId()).toList();
  }

  @Test
  void shouldSendEachJobToTheLeastLoadedWorker() {
    for (long id = 1; id <= 3; id++) {
      dispatcher.add(job(id));
    }

    dispatcher.dispatch(slots, 0);

    assertThat(sentTo(one)).containsExactly(1L, 3L);
    assertThat(sentTo(two)).containsExactly(2L);
    assertThat(one.worker.inFlight()).extracting(p -> p.job.id()).containsExactlyInAnyOrder(1L, 3L);
  }

  @Test
  void shouldPipelineMoreJobsThanAWorkerHasThreads() {
    for (long id = 1; id <= 4; id++) {
      dispatcher.add(job(id));
    }

    dispatcher.dispatch(List.of(one), 0);

    assertThat(sentTo(one)).containsExactly(1L, 2L, 3L, 4L);
  }

  @Test
  void shouldQueueNoJobBehindAJobThatHasRunPastTheLimit() {
    long sent = 0;
    long later = sent + (Dispatcher.QUEUE_BEHIND_LIMIT_MS + 1) * 1_000_000;
    dispatcher.add(job(1));
    dispatcher.add(job(2));
    dispatcher.dispatch(List.of(one), sent); // two job threads: both run at once
    dispatcher.add(job(3));

    dispatcher.dispatch(List.of(one), later);

    assertThat(sentTo(one))
        .as("nothing waits behind a job that may be stuck")
        .containsExactly(1L, 2L);
    assertThat(dispatcher.size()).isEqualTo(1);
  }

  @Test
  void shouldSendAJobWaitingBehindAStuckWorkerToOneThatIsMoving() {
    long later = (Dispatcher.QUEUE_BEHIND_LIMIT_MS + 1) * 1_000_000;
    dispatcher.add(job(1));
    dispatcher.add(job(2));
    dispatcher.dispatch(List.of(one), 0); // worker one: both threads busy since 0
    dispatcher.add(job(3));
    dispatcher.add(job(4));
    dispatcher.dispatch(List.of(two), later - 1);
    dispatcher.dispatch(List.of(two), later); // worker two: two young jobs, no free thread
    dispatcher.add(job(5));

    dispatcher.dispatch(slots, later);

    assertThat(sentTo(two)).containsExactly(3L, 4L, 5L);
    assertThat(sentTo(one)).containsExactly(1L, 2L);
  }

  @Test
  void shouldQueueBehindTheYoungerJobWhenTwoWorkersAreEquallyLoaded() {
    Dispatcher oneThread = new Dispatcher(1);
    oneThread.add(job(1));
    oneThread.dispatch(List.of(one), 0); // worker one: a job since 0 (it may be stuck)
    oneThread.add(job(2));
    oneThread.dispatch(List.of(two), 5_000_000); // worker two: a job since 5 ms
    oneThread.add(job(3));

    oneThread.dispatch(slots, 6_000_000);

    assertThat(sentTo(two)).containsExactly(2L, 3L);
    assertThat(sentTo(one)).containsExactly(1L);
  }

  @Test
  void shouldKeepJobsWaitingWhenEveryPipelineIsFull() {
    int window = 2 * Dispatcher.PIPELINE_DEPTH;
    for (long id = 1; id <= 2L * window + 1; id++) {
      dispatcher.add(job(id));
    }

    dispatcher.dispatch(slots, 0);

    assertThat(dispatcher.size()).isEqualTo(1);
    assertThat(one.worker.load()).isEqualTo(window);
  }

  @Test
  void shouldRunASoloJobAloneOnAnEmptyWorker() {
    dispatcher.add(job(1));
    dispatcher.dispatch(slots, 0);
    PendingJob solo = job(2);
    solo.solo = true;
    dispatcher.retryFirst(solo);
    dispatcher.add(job(3));

    dispatcher.dispatch(slots, 0);

    assertThat(sentTo(two)).containsExactly(2L);
    assertThat(sentTo(one)).containsExactly(1L, 3L);
    assertThat(two.worker.canTake(2)).as("nothing joins a solo job").isFalse();
  }

  @Test
  void shouldSendASoloJobToTheEmptyWorkerThatServedMostNotToAColdOne() {
    dispatcher.add(job(1));
    dispatcher.add(job(2));
    dispatcher.dispatch(slots, 0);
    two.worker.answered(2); // slot 2 has served one job, slot 1's worker has served none
    one.worker.takeInFlight();
    PendingJob solo = job(9);
    solo.solo = true;
    dispatcher.retryFirst(solo);

    dispatcher.dispatch(slots, 0);

    assertThat(sentTo(two)).containsExactly(2L, 9L);
  }

  @Test
  void shouldReserveAWorkerForASoloJobUntilItIsEmpty() {
    dispatcher.add(job(1));
    dispatcher.add(job(2));
    dispatcher.add(job(3));
    dispatcher.dispatch(slots, 0);
    PendingJob solo = job(9);
    solo.solo = true;
    dispatcher.retryFirst(solo);

    dispatcher.dispatch(slots, 0);

    assertThat(two.worker.reservedForSolo()).isTrue();
    two.worker.takeInFlight();
    dispatcher.add(job(4));
    dispatcher.dispatch(slots, 0);
    assertThat(sentTo(two)).containsExactly(2L, 9L);
  }

  @Test
  void shouldKeepJobsAwayFromASlotWhoseBreakerIsOpen() {
    for (int i = 0; i < SlotBreaker.MINIMUM; i++) {
      one.breaker.workerDied("SIGSEGV");
    }
    dispatcher.add(job(1));

    dispatcher.dispatch(slots, 0);

    assertThat(one.breaker.state()).isEqualTo("open");
    assertThat(sentTo(one)).isEmpty();
    assertThat(sentTo(two)).containsExactly(1L);
  }

  @Test
  void shouldSendNothingToAWorkerTheMasterIsKilling() {
    one.worker.condemn(new KillOrder(Ending.Killed.LIVENESS_TIMEOUT, "no heartbeat", 0));
    dispatcher.add(job(1));

    dispatcher.dispatch(slots, 0);

    assertThat(sentTo(one)).isEmpty();
    assertThat(sentTo(two)).containsExactly(1L);
  }
}
