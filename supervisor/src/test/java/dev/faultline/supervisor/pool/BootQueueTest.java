package dev.faultline.supervisor.pool;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** At most {@link BootQueue#MAX_AT_ONCE} workers boot at once; the others wait, oldest first. */
class BootQueueTest {
  private static final int SIGKILL = 137;

  @TempDir Path runDir;

  @Test
  void shouldRunAStartAtOnceWhileAPlaceIsFreeAndTheRestOldestFirstAsBootsEnd() {
    AtomicInteger booting = new AtomicInteger();
    List<String> started = new ArrayList<>();
    BootQueue q = new BootQueue(booting::get);
    for (String name : List.of("a", "b", "c", "d")) {
      q.start(
          () -> {
            started.add(name);
            booting.incrementAndGet();
          });
    }
    assertThat(started).containsExactly("a", "b").hasSize(BootQueue.MAX_AT_ONCE);
    assertThat(q.waiting()).isEqualTo(2);
    assertThat(q.mayStartSpare()).as("slots before spares").isFalse();

    booting.decrementAndGet(); // a said hello
    q.startWhileRoom();

    assertThat(started).containsExactly("a", "b", "c");
    q.clear();
    booting.set(0);
    q.startWhileRoom();
    assertThat(started).as("cleared by a pause").containsExactly("a", "b", "c");
    assertThat(q.mayStartSpare()).isTrue();
  }

  @Test
  void shouldBootNoMoreThanTheLimitAtOnceWhenOutsideKillsEmptySeveralSlots() {
    FakePool p = new FakePool(runDir, 4, FakePool.supervision(0, 10, 5));
    p.start();
    p.helloAll();
    int launched = p.launched.size();

    for (int i = 0; i < 3; i++) {
      p.exit(p.launched.get(i), SIGKILL);
    }

    assertThat(p.launched).as("two boot, one waits").hasSize(launched + BootQueue.MAX_AT_ONCE);
    assertThat(p.crashEvents("worker_died"))
        .hasSize(3)
        .allMatch(e -> "replace".equals(e.getJsonObject("restart").getString("action")));
    p.helloAll(); // the two say hello: the third starts in the same turn
    assertThat(p.launched).hasSize(launched + 3);
    p.helloAll();
    assertThat(p.status().getInteger("ready")).isEqualTo(4);
    assertThat(p.status().getJsonObject("recovery").getInteger("pauses")).isZero();
  }

  @Test
  void shouldStartASpareOnlyWhenNoSlotWaitsToBoot() {
    FakePool p = new FakePool(runDir, 4, FakePool.supervision(1, 10, 5));
    p.start();
    p.helloAll();
    p.helloAll(); // the spare started after every slot was ready
    int launched = p.launched.size();
    assertThat(p.status().getInteger("sparesReady")).isEqualTo(1);

    for (int i = 0; i < 4; i++) { // the spare takes the first slot; two boot, one waits
      p.exit(p.launched.get(i), SIGKILL);
    }
    assertThat(p.launched).as("no spare while a slot waits").hasSize(launched + 2);
    p.helloAll();
    assertThat(p.launched).as("the waiting slot first, then the spare").hasSize(launched + 4);
    assertThat(p.launched.get(launched + 2).slotId()).isPositive();
    assertThat(p.launched.get(launched + 3).slotId()).isZero();
  }
}
