package dev.faultline.lab.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The lines by which a server JVM says it is on its way out (the real lines, as the JVM and the
 * server print them).
 */
class LastWordsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "06:25:42.639 INFO  stopping",
        "# A fatal error has been detected by the Java Runtime Environment:",
        "Terminating due to java.lang.OutOfMemoryError: Java heap space"
      })
  void shouldReadTheseLinesAsTheServerAnnouncingItsEnd(String line) {
    assertThat(LastWords.announceEnd(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "06:25:35.354 INFO  thread mode listening on http://127.0.0.1:39579 (pid 15002, 2 threads, chaos on)",
        "06:25:42.710 WARN  Failed to register an accepted channel",
        "# SIGSEGV (0xb) at pc=0x00007f, pid=1307, tid=1340",
        "worker 1 (pid 5) | stopping soon"
      })
  void shouldNotReadOrdinaryLinesAsAnEnd(String line) {
    assertThat(LastWords.announceEnd(line)).isFalse();
  }
}
