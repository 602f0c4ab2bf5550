package dev.faultline.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.Test;

/**
 * The faults a test JVM survives, run for real. The others (segfault, exit, halt, oom, hang,
 * fd-exhaust, cpu-hog) end, stall or starve the JVM that runs them: the integration tests run them
 * in real server JVMs.
 */
class FaultBehaviourTest {

  /** A hand-written unit: a real lock, and a count of scribbles. */
  private static final class FakeUnit implements UnitState {
    final ReentrantLock lock = new ReentrantLock();
    int scribbles;

    @Override
    public Lock cacheLock() {
      return lock;
    }

    @Override
    public int scribbleOverCache() {
      scribbles++;
      return 7;
    }
  }

  @Test
  void shouldFailNamingTheFaultAndTheReasonWhenUnsafeMemoryAccessIsDenied() {
    Segfault denied =
        new Segfault(
            () -> {
              throw new UnsupportedOperationException("putAddress"); // what deny throws
            });

    assertThatThrownBy(() -> denied.inject(FaultArgs.NONE, new FakeUnit()))
        .isInstanceOf(FaultUnavailableException.class)
        .hasMessageStartingWith("fault 'segfault' cannot run here: ")
        .hasMessageContaining("UnsupportedOperationException: putAddress")
        .hasMessageContaining("--sun-misc-unsafe-memory-access=allow");
  }

  @Test
  void shouldFailNotPassWhenUnsafeIsGoneOrTheWriteDoesNotCrash() {
    Segfault gone =
        new Segfault(
            () -> {
              throw new NoSuchMethodError("sun.misc.Unsafe.putAddress(JJ)V");
            });
    Segfault harmless = new Segfault(() -> {});

    assertThatThrownBy(() -> gone.inject(FaultArgs.NONE, new FakeUnit()))
        .isInstanceOf(FaultUnavailableException.class)
        .hasMessageContaining("NoSuchMethodError");
    assertThatThrownBy(() -> harmless.inject(FaultArgs.NONE, new FakeUnit()))
        .isInstanceOf(FaultUnavailableException.class)
        .hasMessageContaining("did not crash");
  }

  @Test
  void shouldOverflowTheStackOfTheServingThreadOnly() {
    assertThatThrownBy(() -> FaultSpec.parse("stack-overflow").inject(new FakeUnit()))
        .isInstanceOf(StackOverflowError.class);
  }

  @Test
  void shouldScribbleOverTheUnitsCacheOnceAndReturn() {
    FakeUnit unit = new FakeUnit();

    FaultSpec.parse("corrupt").inject(unit);

    assertThat(unit.scribbles).isEqualTo(1);
  }

  @Test
  void shouldLeaveTheCacheLockHeldForeverByTwoDeadlockedThreads() throws InterruptedException {
    FakeUnit unit = new FakeUnit();

    FaultSpec.parse("deadlock").inject(unit);

    assertThat(unit.lock.isLocked()).as("cache lock held").isTrue();
    assertThat(unit.lock.isHeldByCurrentThread()).isFalse();
    assertThat(unit.lock.tryLock()).as("anyone else can take the cache lock").isFalse();
    long[] deadlocked = deadlockedThreadsWithin(Duration.ofSeconds(10));
    assertThat(deadlocked).as("threads the JVM finds deadlocked").isNotNull();
    assertThat(
            Arrays.stream(ManagementFactory.getThreadMXBean().getThreadInfo(deadlocked))
                .map(i -> i.getThreadName()))
        .contains("deadlock-a", "deadlock-b");
  }

  @Test
  void shouldEndTheSleepOfSlowEarlyWhenInterruptedAndKeepTheInterrupt() {
    Thread.currentThread().interrupt();

    FaultSpec.parse("slow:seconds=60").inject(new FakeUnit());

    assertThat(Thread.interrupted()).as("interrupt flag kept").isTrue();
  }

  @Test
  void shouldRetainTheLeakedBlocksAfterTheRequestReturns() {
    int before = MemoryLeak.retainedMiB();

    FaultSpec.parse("leak:mb=2").inject(new FakeUnit());

    assertThat(MemoryLeak.retainedMiB()).isEqualTo(before + 2);
  }

  /**
   * The fault returns once each thread holds its first lock; each then still has to reach its
   * second {@code lock()} and block there before the JVM can see the cycle (on a loaded machine
   * that takes a moment): poll for it, bounded.
   */
  private static long[] deadlockedThreadsWithin(Duration limit) throws InterruptedException {
    long end = System.nanoTime() + limit.toNanos();
    long[] found = ManagementFactory.getThreadMXBean().findDeadlockedThreads();
    while (found == null && System.nanoTime() < end) {
      Thread.sleep(10);
      found = ManagementFactory.getThreadMXBean().findDeadlockedThreads();
    }
    return found;
  }
}
