package dev.faultline.lab.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A server process before it started: nothing announced, not alive, no death. */
class ServerProcessTest {

  @Test
  void shouldNotHaveAnnouncedAnythingBeforeItStarted() {
    ServerProcess p =
        new ServerProcess(
            ServerSpec.of(
                "thread",
                dev.faultline.config.Mode.THREAD,
                1,
                1,
                "token-token",
                java.nio.file.Path.of("unused")),
            new Console(System.out));

    assertThat(p.announcedItsEnd()).isFalse();
    assertThat(p.alive()).isFalse();
    assertThat(p.lastDeath()).isNull();
  }
}
