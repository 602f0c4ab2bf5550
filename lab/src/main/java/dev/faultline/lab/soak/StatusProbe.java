package dev.faultline.lab.soak;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The server's {@code GET /status}, read by the soak to find worker pids and the pool's phase. */
final class StatusProbe {
  private static final Duration TIMEOUT = Duration.ofSeconds(2);
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  private final URI uri;

  StatusProbe(int port) {
    this.uri = URI.create("http://127.0.0.1:" + port + "/status");
  }

  Optional<JsonObject> read() {
    try {
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(uri).timeout(TIMEOUT).build(),
              HttpResponse.BodyHandlers.ofString());
      return r.statusCode() == 200 ? Optional.of(new JsonObject(r.body())) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /** Every slot serving and every spare ready, and the pool not paused. */
  static boolean fullStrength(JsonObject s, int workers, int spares) {
    return s.getLong("ready") == workers
        && s.getLong("sparesReady") == spares
        && "serving".equals(phase(s));
  }

  static String phase(JsonObject s) {
    JsonObject r = s.getJsonObject("recovery");
    return r == null ? "unknown" : r.getString("phase");
  }

  /** The workers in {@code state} (ready, starting), slots and spares alike: pids. */
  static List<Long> pidsIn(JsonObject s, String state) {
    return Stream.concat(s.getJsonArray("workers").stream(), s.getJsonArray("spares").stream())
        .map(JsonObject.class::cast)
        .filter(w -> state.equals(w.getString("state")) && w.getLong("pid", 0L) > 0)
        .map(w -> w.getLong("pid"))
        .toList();
  }
}
