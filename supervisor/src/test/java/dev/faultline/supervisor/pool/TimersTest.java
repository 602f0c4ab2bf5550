package dev.faultline.supervisor.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimersTest {
  private static final long MS = 1_000_000;
  private final Timers timers = new Timers();
  private final List<String> ran = new ArrayList<>();

  @Test
  void shouldRunOnlyWhatIsDueInOrderOfDueTime() {
    timers.after(0, 300, "t300", () -> ran.add("third"));
    timers.after(0, 100, "t100", () -> ran.add("first"));
    timers.after(0, 200, "t200", () -> ran.add("second"));

    timers.runDue(250 * MS);

    assertThat(ran).containsExactly("first", "second");
  }

  @Test
  void shouldRunActionsDueAtTheSameTimeInTheOrderTheyWereAdded() {
    timers.after(0, 100, "t100", () -> ran.add("a"));
    timers.after(0, 100, "t100", () -> ran.add("b"));

    timers.runDue(100 * MS);

    assertThat(ran).containsExactly("a", "b");
  }

  @Test
  void shouldSayHowLongTheLoopMaySleep() {
    assertThat(timers.millisUntilNext(0, 50)).isEqualTo(50);
    timers.after(0, 20, "t20", () -> {});

    assertThat(timers.millisUntilNext(0, 50)).isEqualTo(20);
    assertThat(timers.millisUntilNext(30 * MS, 50)).isZero();
  }

  @Test
  void shouldNameTheTimerWhoseActionThrew() {
    timers.after(
        0,
        10,
        "SIGKILL for worker 1 (pid 7)",
        () -> {
          throw new IllegalStateException("boom");
        });
    timers.after(0, 20, "later", () -> ran.add("later"));

    assertThatThrownBy(() -> timers.runDue(30 * MS))
        .isInstanceOf(Timers.TimerFailed.class)
        .hasMessage(
            "the timer 'SIGKILL for worker 1 (pid 7)' failed: java.lang.IllegalStateException: boom")
        .hasRootCauseMessage("boom");
    assertThat(ran).as("the later timer stays queued").isEmpty();
    timers.runDue(30 * MS);
    assertThat(ran).containsExactly("later");
  }

  @Test
  void shouldDropEverythingWhenCleared() {
    timers.after(0, 1, "t1", () -> ran.add("never"));

    timers.clear();
    timers.runDue(10 * MS);

    assertThat(ran).isEmpty();
  }
}
