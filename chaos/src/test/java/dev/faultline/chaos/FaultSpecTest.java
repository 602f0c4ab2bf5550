package dev.faultline.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.faultline.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FaultSpecTest {

  @Test
  void shouldReadABareNameWithDefaultParameters() {
    FaultSpec spec = FaultSpec.parse(" leak ");

    assertThat(spec.fault().name()).isEqualTo("leak");
    assertThat(spec.args().get("mb")).isEqualTo(16);
    assertThat(spec.text()).isEqualTo("leak");
  }

  @ParameterizedTest
  @CsvSource({
    "leak:mb=1, mb, 1",
    "leak:mb=4096, mb, 4096",
    "cpu-hog:seconds=1, seconds, 1",
    "cpu-hog:seconds=60, seconds, 60",
    "cpu-hog, seconds, 3",
    "slow:seconds=1, seconds, 1",
    "slow:seconds=60, seconds, 60",
    "slow, seconds, 3"
  })
  void shouldAcceptEveryParameterValueWithinItsBounds(
      String text, String parameter, long expected) {
    assertThat(FaultSpec.parse(text).args().get(parameter)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "leak:mb=0, leak, mb, 'fault parameter mb of leak must be between 1 and 4096 (MiB), but was 0'",
    "leak:mb=4097, leak, mb, 'fault parameter mb of leak must be between 1 and 4096 (MiB), but was 4097'",
    "cpu-hog:seconds=0, cpu-hog, seconds, 'fault parameter seconds of cpu-hog must be between 1 and 60 (s), but was 0'",
    "cpu-hog:seconds=61, cpu-hog, seconds, 'fault parameter seconds of cpu-hog must be between 1 and 60 (s), but was 61'",
    "slow:seconds=0, slow, seconds, 'fault parameter seconds of slow must be between 1 and 60 (s), but was 0'",
    "slow:seconds=61, slow, seconds, 'fault parameter seconds of slow must be between 1 and 60 (s), but was 61'",
    "slow:seconds=-5, slow, seconds, 'fault parameter seconds of slow must be between 1 and 60 (s), but was -5'"
  })
  void shouldRejectEveryParameterValueOutsideItsBoundsNamingIt(
      String text, String fault, String parameter, String message) {
    assertThatThrownBy(() -> FaultSpec.parse(text))
        .isInstanceOf(BadFaultParameterException.class)
        .isInstanceOf(ConfigException.class)
        .hasMessage(message)
        .satisfies(
            e -> {
              assertThat(((BadFaultParameterException) e).fault()).isEqualTo(fault);
              assertThat(((BadFaultParameterException) e).parameter()).isEqualTo(parameter);
            });
  }

  @Test
  void shouldRejectAValueThatIsNotAWholeNumber() {
    assertThatThrownBy(() -> FaultSpec.parse("slow:seconds=1.5"))
        .isInstanceOf(BadFaultParameterException.class)
        .hasMessage("fault parameter seconds of slow must be a whole number, but was '1.5'");
  }

  @Test
  void shouldRejectAParameterTheFaultDoesNotTakeListingTheOnesItTakes() {
    assertThatThrownBy(() -> FaultSpec.parse("leak:size=3"))
        .isInstanceOf(BadFaultParameterException.class)
        .hasMessage(
            "fault parameter size of leak does not exist: leak takes mb=1..4096 MiB (default 16), "
                + "but was 'size=3'");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "segfault",
        "exit",
        "halt",
        "oom",
        "hang",
        "deadlock",
        "fd-exhaust",
        "corrupt",
        "stack-overflow",
        "exception"
      })
  void shouldRejectAnyParameterForAFaultThatTakesNone(String fault) {
    assertThatThrownBy(() -> FaultSpec.parse(fault + ":seconds=1"))
        .isInstanceOf(BadFaultParameterException.class)
        .hasMessage(
            "fault parameter seconds of "
                + fault
                + " does not exist: "
                + fault
                + " takes no parameters, but was 'seconds=1'");
  }

  @Test
  void shouldRejectAParameterGivenTwice() {
    assertThatThrownBy(() -> FaultSpec.parse("slow:seconds=1:seconds=2"))
        .isInstanceOf(BadFaultParameterException.class)
        .hasMessage(
            "fault parameter seconds of slow must be given at most once, but was 'seconds=2'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"slow:", "slow:seconds", "slow:=3"})
  void shouldRejectAParameterNotWrittenNameEqualsValue(String text) {
    assertThatThrownBy(() -> FaultSpec.parse(text))
        .isInstanceOf(BadFaultParameterException.class)
        .hasMessageContaining("must be written name=value");
  }

  @Test
  void shouldRejectAnUnknownFaultBeforeLookingAtParameters() {
    assertThatThrownBy(() -> FaultSpec.parse("boom:mb=1"))
        .isInstanceOf(UnknownFaultException.class)
        .hasMessageStartingWith("fault must be one of segfault, exit, halt,");
  }

  @Test
  void shouldDescribeUsageWithBoundsAndDefault() {
    assertThat(FaultSpec.usage(FaultCatalogue.byName("leak")))
        .isEqualTo("leak:mb=1..4096 MiB (default 16)");
    assertThat(FaultSpec.usage(FaultCatalogue.byName("hang"))).isEqualTo("hang");
  }

  @Test
  void shouldRefuseAParameterDeclaredWithItsDefaultOutOfBounds() {
    assertThatThrownBy(() -> new FaultParameter("mb", 1, 10, 11, "MiB"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("mb: need min <= default <= max, but was 1 <= 11 <= 10");
    assertThatThrownBy(() -> new FaultParameter("Mb", 1, 10, 5, "MiB"))
        .hasMessage("a fault parameter name is lower-case letters, but was Mb");
  }

  @Test
  void shouldRefuseToReadAParameterTheFaultDoesNotHave() {
    assertThatThrownBy(() -> FaultSpec.parse("slow").args().get("mb"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no fault parameter 'mb' here; present: [seconds]");
  }
}
