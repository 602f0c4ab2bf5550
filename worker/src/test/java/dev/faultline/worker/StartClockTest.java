package dev.faultline.worker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.worker.ipc.ClassCounts;
import dev.faultline.worker.ipc.StartMarks;
import org.junit.jupiter.api.Test;

class StartClockTest {
  @Test
  void shouldMarkEveryStepInOrderUpToTheHello() {
    long before = System.nanoTime();
    StartClock clock = new StartClock();
    clock.setUp();
    clock.nettyReady();
    clock.connected();
    StartMarks marks = clock.helloSent();

    assertThat(marks.isComplete()).isTrue();
    assertThat(marks.main()).isGreaterThanOrEqualTo(before);
    assertThat(marks.helloSent()).isLessThanOrEqualTo(System.nanoTime());
  }

  @Test
  void shouldCountTheClassesLoadedByEachStep() {
    StartClock clock = new StartClock();
    clock.setUp();
    Runnable firstLoadedBetweenTwoMarks = new Runnable() { // anonymous: JUnit never loaded it
          @Override
          public void run() {}
        };
    firstLoadedBetweenTwoMarks.run();
    clock.nettyReady();
    clock.connected();
    ClassCounts counts = clock.helloSent().classes();

    assertThat(counts.isComplete()).isTrue();
    assertThat(counts.main()).isGreaterThan(400); // a JVM that runs JUnit has loaded many more
    assertThat(counts.nettyReady()).isGreaterThan(counts.setUp());
  }

  @Test
  void shouldNotCallMarksCompleteWhenAStepWasSkipped() {
    StartClock clock = new StartClock();
    clock.setUp();
    clock.connected(); // Netty's mark missing

    assertThat(clock.helloSent().isComplete()).isFalse();
    assertThat(StartMarks.NONE.isComplete()).isFalse();
  }
}
