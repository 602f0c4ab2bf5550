package dev.faultline.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestHooksTest {
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

    hooks.beforeJob(16); // would spin or sleep for a minute if it matched
    hooks.beforeJob(150);
  }
}
