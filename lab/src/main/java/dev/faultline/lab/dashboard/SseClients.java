package dev.faultline.lab.dashboard;

import io.vertx.core.http.HttpServerResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * The pages listening on {@code GET /api/events}: server-sent events, one {@code data:} line of
 * JSON per push. A page too slow to take the last push misses it; the next one carries the whole
 * picture again.
 */
final class SseClients {
  private final List<HttpServerResponse> open = new ArrayList<>();

  void add(HttpServerResponse response) {
    response
        .setChunked(true)
        .putHeader("content-type", "text/event-stream")
        .putHeader("cache-control", "no-cache")
        .write(": faultline dashboard\n\n");
    open.add(response);
    response.closeHandler(v -> open.remove(response));
  }

  void push(String json) {
    for (HttpServerResponse r : List.copyOf(open)) {
      if (!r.writeQueueFull()) {
        r.write("data: " + json + "\n\n");
      }
    }
  }

  void closeAll() {
    new ArrayList<>(open).forEach(HttpServerResponse::end);
    open.clear();
  }
}
