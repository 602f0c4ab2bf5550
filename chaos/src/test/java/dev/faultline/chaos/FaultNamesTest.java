package dev.faultline.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.faultline.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class FaultNamesTest {
  private static final String VALID = String.join(", ", FaultCatalogue.names());

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
    assertThat(FaultNames.parseList("faults", "exit,,segfault,"))
        .containsExactly("exit", "segfault");
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
        .hasMessage("faults must list faults from " + VALID + ", but was 'boom'")
        .satisfies(
            e -> {
              ConfigException c = (ConfigException) e;
              assertThat(c.key()).isEqualTo("faults");
              assertThat(c.value()).isEqualTo("boom");
            });
  }

  @Test
  void shouldNameWhicheverKeyTheCallerGives() {
    assertThatThrownBy(() -> FaultNames.parseList("demo-faults", "SEGFAULT"))
        .isInstanceOf(ConfigException.class)
        .hasMessage("demo-faults must list faults from " + VALID + ", but was 'SEGFAULT'");
  }

  @Test
  void shouldReadAllAsTheWholeCatalogue() {
    assertThat(FaultNames.parseList("faults", " all "))
        .containsExactlyElementsOf(FaultCatalogue.names());
  }

  @Test
  void shouldKeepFaultParametersWithTheirFault() {
    assertThat(FaultNames.parseList("faults", "leak:mb=32, cpu-hog:seconds=1,exit"))
        .containsExactly("leak:mb=32", "cpu-hog:seconds=1", "exit");
  }

  @Test
  void shouldRejectAnOutOfBoundsParameterNamingTheKeyTheParameterAndTheValue() {
    assertThatThrownBy(() -> FaultNames.parseList("faults", "exit,leak:mb=0"))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "faults: fault parameter mb of leak must be between 1 and 4096 (MiB), but was 0");
  }

  @Test
  void shouldRejectAnUnknownFaultEvenWithParameters() {
    assertThatThrownBy(() -> FaultNames.parseList("faults", "boom:x=1"))
        .isInstanceOf(ConfigException.class)
        .hasMessage("faults must list faults from " + VALID + ", but was 'boom'");
  }
}
