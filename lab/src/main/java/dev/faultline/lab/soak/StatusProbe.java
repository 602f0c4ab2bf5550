package dev.faultline.lab.soak;

import dev.faultline.lab.observe.ServerStatus;
import dev.faultline.lab.observe.StatusClient;
import java.time.Duration;
import java.util.Optional;

/** The soak's look at its server's {@code /status}: at most two seconds, or nothing. */
final class StatusProbe {
  private static final Duration TIMEOUT = Duration.ofSeconds(2);
  private final StatusClient client;

  StatusProbe(StatusClient client) {
    this.client = client;
  }

  Optional<ServerStatus> read() {
    return client.readNow(TIMEOUT);
  }
}
