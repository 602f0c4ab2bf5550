package dev.faultline.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.faultline.config.ConfigException;
import org.junit.jupiter.api.Test;

/** Never calls inject() on segfault, exit or oom: each of them ends the test JVM. */
class FaultCatalogueTest {
  private static final String VALID = "segfault, exit, oom, exception";

  @Test
  void shouldNameFaultsInStableOrder() {
    assertThat(FaultCatalogue.names()).containsExactly("segfault", "exit", "oom", "exception");
  }

  @Test
  void shouldListAllFaultsInTheSameOrderAsTheNames() {
    assertThat(FaultCatalogue.all()).extracting(Fault::name).containsExactlyElementsOf(FaultCatalogue.names());
    assertThat(FaultCatalogue.all()).allSatisfy(f -> assertThat(f.summary()).isNotBlank());
  }

  @Test
  void shouldNotLetCallersChangeTheCatalogue() {
    assertThatThrownBy(() -> FaultCatalogue.names().add("extra")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> FaultCatalogue.all().clear()).isInstanceOf(UnsupportedOperationException.class);
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
        .satisfies(e -> {
          UnknownFaultException u = (UnknownFaultException) e;
          assertThat(u.key()).isEqualTo("fault");
          assertThat(u.value()).isEqualTo("boom");
          assertThat(u.valid()).containsExactly("segfault", "exit", "oom", "exception");
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

    assertThatThrownBy(exception::inject)
        .isExactlyInstanceOf(InjectedFaultException.class)
        .hasMessage("injected by fault 'exception'");
  }

  @Test
  void shouldDescribeEachFaultForHelp() {
    assertThat(FaultCatalogue.byName("exit").summary()).isEqualTo("System.exit(1) from the serving thread");
    assertThat(FaultCatalogue.byName("segfault").summary()).contains("SIGSEGV");
    assertThat(FaultCatalogue.byName("oom").summary()).contains("OutOfMemoryError");
    assertThat(FaultCatalogue.byName("exception").summary()).startsWith("throws an exception");
  }
}
