package dev.faultline.lab.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.client.LoadRun;
import dev.faultline.supervisor.http.HttpLimits;
import org.junit.jupiter.api.Test;

/** The two ends of a keep-alive connection, made by different modules, must agree. */
class ClientServerTimeoutsTest {
  @Test
  void shouldLetTheLoadClientDropAnIdleConnectionLongBeforeTheServerCloses() {
    assertThat(LoadRun.KEEP_ALIVE_SECONDS)
        .as("else the client may reuse a connection the server is closing for idleness")
        .isLessThanOrEqualTo(HttpLimits.IDLE_TIMEOUT_SECONDS / 2);
  }
}
