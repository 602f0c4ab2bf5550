package dev.faultline.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestHooksTest {
  /** Far under the hooks' minute and forever, far over a call that returns at once. */
  private static final Duration BOUND = Duration.ofSeconds(5);

  /** A sleep hook's length: a call that does not match returns well before it. */
  private static final long SLEEP_MS = 300;

  @TempDir Path tmp;

  @Test
  void shouldDoNothingWhenTheVariableIsUnset() {
    TestHooks none = new TestHooks(null);

    assertThat(none.refusesToBoot()).isFalse();
    assertThat(none.stallsLoop(13)).isFalse();
  }

  @Test
  void shouldRefuseToBootOnlyWhileTheFileExists() throws IOException {
    Path flag = tmp.resolve("no-boot");
    TestHooks hooks = new TestHooks("boot-exit-if=" + flag);

    assertThat(hooks.refusesToBoot()).isFalse();
    Files.createFile(flag);
    assertThat(hooks.refusesToBoot()).isTrue();
  }

  @Test
  void shouldStallTheLoopOnlyForTheConfiguredInput() {
    TestHooks hooks = new TestHooks("spin-job-on=14, stall-loop-on=13");

    assertThat(hooks.stallsLoop(13)).isTrue();
    assertThat(hooks.stallsLoop(14)).isFalse();
    assertThat(hooks.stallsLoop(-13)).isFalse();
  }

  @Test
  void shouldLetOtherInputsThroughBeforeJobWithoutWaiting() {
    TestHooks hooks = new TestHooks("spin-job-on=14,sleep-job-on=15:60000");

    // a hook that matched would spin forever or sleep a minute: the bound fails the test instead
    long tookMs =
        assertTimeoutPreemptively(
            BOUND, () -> millisToRun(() -> List.of(16L, 150L, 1L, -15L).forEach(hooks::beforeJob)));

    assertThat(tookMs).isLessThan(SLEEP_MS);
  }

  @Test
  void shouldSleepBeforeTheConfiguredJob() {
    TestHooks hooks = new TestHooks("sleep-job-on=15:" + SLEEP_MS);

    long tookMs = assertTimeoutPreemptively(BOUND, () -> millisToRun(() -> hooks.beforeJob(15)));

    assertThat(tookMs).isGreaterThanOrEqualTo(SLEEP_MS);
  }

  private static long millisToRun(Runnable job) {
    long start = System.nanoTime();
    job.run();
    return (System.nanoTime() - start) / 1_000_000;
  }
}
