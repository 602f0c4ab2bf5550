package dev.faultline.supervisor.pool;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResidentMemoryTest {

  @Test
  void shouldReadVmRssInKib() {
    List<String> status =
        List.of(
            "Name:\tjava", "VmPeak:\t 3000000 kB", "VmRSS:\t   51234 kB", "RssAnon:\t 40000 kB");

    assertThat(ResidentMemory.parseKib(status)).hasValue(51_234);
  }

  @Test
  void shouldBeEmptyWithoutAVmRssLine() {
    assertThat(ResidentMemory.parseKib(List.of("Name:\tzombie", "State:\tZ (zombie)"))).isEmpty();
  }

  @Test
  void shouldBeEmptyWhenTheValueIsNotANumber() {
    assertThat(ResidentMemory.parseKib(List.of("VmRSS:\t lots kB"))).isEmpty();
  }

  @Test
  void shouldReadThisJvmsOwnStatusFile() {
    assertThat(ResidentMemory.kib(ProcessHandle.current().pid()).orElseThrow())
        .isGreaterThan(1_024);
  }

  @Test
  void shouldBeEmptyForAPidThatDoesNotExist() {
    assertThat(ResidentMemory.kib(Long.MAX_VALUE)).isEmpty();
  }
}
