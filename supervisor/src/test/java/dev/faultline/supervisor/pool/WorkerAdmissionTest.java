package dev.faultline.supervisor.pool;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.worker.ipc.IpcMessage.Hello;
import org.junit.jupiter.api.Test;

class WorkerAdmissionTest {
  private final WorkerAdmission admission = new WorkerAdmission();

  @Test
  void shouldAdmitARunningWorkerOnlyWithItsOwnSecret() {
    String one = admission.newSecret();
    String two = admission.newSecret();
    admission.started(100, one);
    admission.started(200, two);

    assertThat(admission.admits(new Hello(1, 100, one))).isTrue();
    assertThat(admission.admits(new Hello(1, 100, two))).as("another worker's secret").isFalse();
    assertThat(admission.admits(new Hello(1, 100, ""))).as("no secret").isFalse();
    assertThat(admission.admits(new Hello(1, 300, one))).as("a pid never started").isFalse();
  }

  @Test
  void shouldForgetAWorkerWhenItExits() {
    String secret = admission.newSecret();
    admission.started(100, secret);

    admission.exited(100);

    assertThat(admission.startedHere(100)).isFalse();
    assertThat(admission.admits(new Hello(1, 100, secret))).isFalse();
  }

  @Test
  void shouldHandOutLongDifferentSecrets() {
    assertThat(admission.newSecret()).hasSize(32).isNotEqualTo(admission.newSecret());
  }
}
