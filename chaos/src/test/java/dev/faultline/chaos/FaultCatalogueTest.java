package dev.faultline.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.faultline.config.ConfigException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Never calls inject() on faults that end or stall the test JVM; FaultBehaviourTest runs the
 * others.
 */
class FaultCatalogueTest {
  private static final List<String> NAMES =
      List.of(
          "segfault",
          "exit",
          "halt",
          "oom",
          "leak",
          "hang",
          "deadlock",
          "fd-exhaust",
          "corrupt",
          "cpu-hog",
          "slow",
          "stack-overflow",
          "exception");
  private static final String VALID = String.join(", ", NAMES);

  @Test
  void shouldNameFaultsInStableOrder() {
    assertThat(FaultCatalogue.names()).containsExactlyElementsOf(NAMES);
  }

  @Test
  void shouldListAllFaultsInTheSameOrderAsTheNames() {
    assertThat(FaultCatalogue.all())
        .extracting(Fault::name)
        .containsExactlyElementsOf(FaultCatalogue.names());
    assertThat(FaultCatalogue.all()).allSatisfy(f -> assertThat(f.summary()).isNotBlank());
  }

  @Test
  void shouldNotLetCallersChangeTheCatalogue() {
    assertThatThrownBy(() -> FaultCatalogue.names().add("extra"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> FaultCatalogue.all().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void shouldFindEachFaultByItsName() {
    for (String name : FaultCatalogue.names()) {
      assertThat(FaultCatalogue.byName(name).name()).isEqualTo(name);
    }
  }

  @Test
  void shouldReturnTheSameFaultInstanceEveryTime() {
    assertThat(FaultCatalogue.byName("oom")).isSameAs(FaultCatalogue.byName("oom"));
  }

  @Test
  void shouldRejectUnknownNameListingValidNames() {
    assertThatThrownBy(() -> FaultCatalogue.byName("boom"))
        .isInstanceOf(UnknownFaultException.class)
        .isInstanceOf(ConfigException.class)
        .hasMessage("fault must be one of " + VALID + ", but was 'boom'")
        .satisfies(
            e -> {
              UnknownFaultException u = (UnknownFaultException) e;
              assertThat(u.key()).isEqualTo("fault");
              assertThat(u.value()).isEqualTo("boom");
              assertThat(u.valid()).containsExactlyElementsOf(NAMES);
            });
  }

  @Test
  void shouldMatchNamesCaseSensitively() {
    assertThatThrownBy(() -> FaultCatalogue.byName("Exception"))
        .isInstanceOf(UnknownFaultException.class)
        .hasMessage("fault must be one of " + VALID + ", but was 'Exception'");
  }

  @Test
  void shouldRejectNullName() {
    assertThatThrownBy(() -> FaultCatalogue.byName(null))
        .isInstanceOf(UnknownFaultException.class)
        .hasMessage("fault must be one of " + VALID + ", but was null");
  }

  @Test
  void shouldThrowInjectedFaultExceptionFromExceptionFault() {
    Fault exception = FaultCatalogue.byName("exception");

    assertThatThrownBy(() -> exception.inject(FaultArgs.NONE, null))
        .isExactlyInstanceOf(InjectedFaultException.class)
        .hasMessage("injected by fault 'exception'");
  }

  @Test
  void shouldDescribeEachFaultForHelp() {
    assertThat(FaultCatalogue.byName("exit").summary())
        .isEqualTo("System.exit(1) from the serving thread");
    assertThat(FaultCatalogue.byName("segfault").summary()).contains("SIGSEGV");
    assertThat(FaultCatalogue.byName("oom").summary()).contains("OutOfMemoryError");
    assertThat(FaultCatalogue.byName("exception").summary()).startsWith("throws an exception");
    assertThat(FaultCatalogue.byName("halt").summary()).contains("no shutdown hooks");
    assertThat(FaultCatalogue.byName("fd-exhaust").summary()).contains("EMFILE");
  }

  @Test
  void shouldDeclareParametersOnlyWhereTheyMakeSense() {
    assertThat(FaultCatalogue.all())
        .filteredOn(f -> !f.parameters().isEmpty())
        .extracting(Fault::name)
        .containsExactly("leak", "cpu-hog", "slow");
    assertThat(FaultCatalogue.byName("leak").parameters())
        .containsExactly(new FaultParameter("mb", 1, 4096, 16, "MiB"));
    assertThat(FaultCatalogue.byName("cpu-hog").parameters())
        .containsExactly(new FaultParameter("seconds", 1, 60, 3, "s"));
    assertThat(FaultCatalogue.byName("slow").parameters())
        .containsExactly(new FaultParameter("seconds", 1, 60, 3, "s"));
  }
}
