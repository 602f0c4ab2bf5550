package dev.faultline.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.faultline.chaos.BadFaultParameterException;
import dev.faultline.chaos.FaultCatalogue;
import dev.faultline.chaos.InjectedFaultException;
import dev.faultline.chaos.UnknownFaultException;
import dev.faultline.config.ConfigException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Only faults a test JVM survives are injected here; the integration tests run the others. */
class JobExecutionTest {
  private ResultCache cache;
  private int corruptionsSeen;
  private JobExecution execution;

  @BeforeEach
  void setUp() {
    cache = new ResultCache();
    corruptionsSeen = 0;
    execution = new JobExecution(cache, () -> corruptionsSeen++);
  }

  @Test
  void shouldComputeTheWorkloadWhenThereIsNoFault() {
    assertThat(execution.execute(42, 2, null)).isEqualTo(Workload.digest(42, 2));
  }

  @Test
  void shouldTreatEmptyFaultAsNone() {
    assertThat(execution.execute(42, 2, "")).isEqualTo(Workload.digest(42, 2));
  }

  @Test
  void shouldThrowInjectedFaultExceptionForExceptionFault() {
    assertThatThrownBy(() -> execution.execute(42, 2, "exception"))
        .isExactlyInstanceOf(InjectedFaultException.class)
        .hasMessage("injected by fault 'exception'");
  }

  @Test
  void shouldInjectTheFaultBeforeCheckingTheCost() {
    assertThatThrownBy(() -> execution.execute(42, 10_001, "exception"))
        .isExactlyInstanceOf(InjectedFaultException.class);
  }

  @Test
  void shouldRejectUnknownFault() {
    assertThatThrownBy(() -> execution.execute(42, 2, "boom"))
        .isInstanceOf(UnknownFaultException.class)
        .hasMessage(
            "fault must be one of "
                + String.join(", ", FaultCatalogue.names())
                + ", but was 'boom'");
  }

  @Test
  void shouldRejectAFaultParameterOutOfBounds() {
    assertThatThrownBy(() -> execution.execute(42, 2, "slow:seconds=0"))
        .isInstanceOf(BadFaultParameterException.class)
        .hasMessage("fault parameter seconds of slow must be between 1 and 60 (s), but was 0");
  }

  @Test
  void shouldRejectCostOutOfBoundsWithoutFault() {
    assertThatThrownBy(() -> execution.execute(42, -5, ""))
        .isInstanceOf(ConfigException.class)
        .hasMessage("cost must be between 0 and 10000, but was -5");
  }

  @Test
  void shouldLeaveThePolicyAloneWhileTheCacheIsIntact() {
    execution.execute(1, 1, "");
    execution.execute(1, 1, "");
    assertThatThrownBy(() -> execution.execute(2, 1, "stack-overflow"))
        .isInstanceOf(StackOverflowError.class);

    assertThat(corruptionsSeen).isZero();
  }

  @Test
  void shouldCallThePolicyAfterTheJobThatCorruptedTheCacheAndAfterEveryLaterOne() {
    execution.execute(7, 1, "");

    long poisoned = execution.execute(7, 1, "corrupt");
    assertThat(corruptionsSeen).as("after the corrupting job").isEqualTo(1);
    long later = execution.execute(7, 1, "");

    assertThat(corruptionsSeen).as("after a later job").isEqualTo(2);
    assertThat(poisoned).as("answer from the damaged entry").isNotEqualTo(Workload.digest(7, 1));
    assertThat(later).isEqualTo(poisoned);
  }

  @Test
  void shouldCheckTheCacheEvenWhenTheJobThrows() {
    execution.execute(7, 1, "");
    cache.scribbleOverCache();

    assertThatThrownBy(() -> execution.execute(8, 1, "exception"))
        .isInstanceOf(InjectedFaultException.class);

    assertThat(corruptionsSeen).isEqualTo(1);
  }
}
