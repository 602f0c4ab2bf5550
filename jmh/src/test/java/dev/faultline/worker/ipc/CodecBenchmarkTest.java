package dev.faultline.worker.ipc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.worker.ipc.IpcMessage.JobDone;
import dev.faultline.worker.ipc.IpcMessage.JobRequest;
import org.junit.jupiter.api.Test;

/** The benchmark measures a real round trip: what comes out is what went in. */
class CodecBenchmarkTest {

  @Test
  void shouldDecodeWhatItEncodedInEveryOperation() throws Exception {
    CodecBenchmark b = new CodecBenchmark();
    b.setUp();
    try {
      for (int i = 0; i < 1_000; i++) {
        assertThat(b.jobRequestRoundTrip()).isEqualTo(new JobRequest(123_456L, 42L, 0, ""));
        assertThat(b.jobDoneRoundTrip()).isEqualTo(new JobDone(123_456L, 0x5eed_f00dL));
      }
    } finally {
      b.tearDown();
    }
  }
}
