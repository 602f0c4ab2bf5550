package dev.faultline.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.faultline.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class FaultNamesTest {

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"none", "   ", "\t"})
  void shouldReadNoneOrBlankAsNoFaults(String text) {
    assertThat(FaultNames.parseList("faults", text)).isEmpty();
  }

  @Test
  void shouldSplitOnCommasAndTrimEachName() {
    assertThat(FaultNames.parseList("faults", " exit, oom ,exception "))
        .containsExactly("exit", "oom", "exception");
  }

  @Test
  void shouldSkipEmptyItems() {
    assertThat(FaultNames.parseList("faults", "exit,,segfault,")).containsExactly("exit", "segfault");
  }

  @Test
  void shouldKeepOrderAndRepeatsAsGiven() {
    assertThat(FaultNames.parseList("faults", "exception,exit,exception"))
        .containsExactly("exception", "exit", "exception");
  }

  @Test
  void shouldRejectUnknownNameNamingTheKeyAndTheBadName() {
    assertThatThrownBy(() -> FaultNames.parseList("faults", "exit, boom"))
        .isInstanceOf(ConfigException.class)
        .hasMessage("faults must list faults from segfault, exit, oom, exception, but was 'boom'")
        .satisfies(e -> {
          ConfigException c = (ConfigException) e;
          assertThat(c.key()).isEqualTo("faults");
          assertThat(c.value()).isEqualTo("boom");
        });
  }

  @Test
  void shouldNameWhicheverKeyTheCallerGives() {
    assertThatThrownBy(() -> FaultNames.parseList("demo-faults", "SEGFAULT"))
        .isInstanceOf(ConfigException.class)
        .hasMessage("demo-faults must list faults from segfault, exit, oom, exception, but was 'SEGFAULT'");
  }
}
