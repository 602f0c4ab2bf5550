package dev.faultline.jmh;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.worker.ipc.IpcMessage.JobDone;
import dev.faultline.worker.ipc.IpcMessage.JobRequest;
import org.junit.jupiter.api.Test;

/** Each operation sends one frame out and reads that very message back through the pipeline. */
class PipelineBenchmarkTest {

  @Test
  void shouldReadBackTheMessageItSentInEveryOperation() {
    PipelineBenchmark b = new PipelineBenchmark();
    b.setUp();
    try {
      for (int i = 0; i < 1_000; i++) {
        assertThat(b.jobRequestThroughThePipeline())
            .isEqualTo(new JobRequest(123_456L, 42L, 0, ""));
        assertThat(b.jobDoneThroughThePipeline()).isEqualTo(new JobDone(123_456L, 0x5eed_f00dL));
      }
    } finally {
      b.tearDown();
    }
  }
}
