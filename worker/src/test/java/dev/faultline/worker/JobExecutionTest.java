package dev.faultline.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.faultline.chaos.InjectedFaultException;
import dev.faultline.chaos.UnknownFaultException;
import dev.faultline.config.ConfigException;
import org.junit.jupiter.api.Test;

/** Only the "exception" fault is injected here: the others end the test JVM. */
class JobExecutionTest {

  @Test
  void shouldComputeTheWorkloadWhenThereIsNoFault() {
    assertThat(JobExecution.execute(42, 2, null)).isEqualTo(Workload.digest(42, 2));
  }

  @Test
  void shouldTreatEmptyFaultAsNone() {
    assertThat(JobExecution.execute(42, 2, "")).isEqualTo(Workload.digest(42, 2));
  }

  @Test
  void shouldThrowInjectedFaultExceptionForExceptionFault() {
    assertThatThrownBy(() -> JobExecution.execute(42, 2, "exception"))
        .isExactlyInstanceOf(InjectedFaultException.class)
        .hasMessage("injected by fault 'exception'");
  }

  @Test
  void shouldInjectTheFaultBeforeCheckingTheCost() {
    assertThatThrownBy(() -> JobExecution.execute(42, 10_001, "exception"))
        .isExactlyInstanceOf(InjectedFaultException.class);
  }

  @Test
  void shouldRejectUnknownFault() {
    assertThatThrownBy(() -> JobExecution.execute(42, 2, "boom"))
        .isInstanceOf(UnknownFaultException.class)
        .hasMessage("fault must be one of segfault, exit, oom, exception, but was 'boom'");
  }

  @Test
  void shouldRejectCostOutOfBoundsWithoutFault() {
    assertThatThrownBy(() -> JobExecution.execute(42, -5, ""))
        .isInstanceOf(ConfigException.class)
        .hasMessage("cost must be between 0 and 10000, but was -5");
  }
}
