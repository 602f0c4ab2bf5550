package dev.faultline.lab.soak;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The server's own account: {@code crash-events.jsonl} in its run directory (and the one older
 * generation it rotates to), one JSON line per death, pause, canary and recovery.
 */
final class CrashEvents {
  static final String FILE = "crash-events.jsonl";
  private final Path file;

  CrashEvents(Path runDir) {
    this.file = runDir.resolve(FILE);
  }

  /** Every event, oldest first. */
  List<JsonObject> all() {
    List<JsonObject> out = new ArrayList<>();
    for (Path p : List.of(file.resolveSibling(FILE + ".1"), file)) {
      out.addAll(read(p));
    }
    return out;
  }

  private static List<JsonObject> read(Path p) {
    try {
      return !Files.exists(p)
          ? List.of()
          : Files.readAllLines(p).stream()
              .filter(l -> l.startsWith("{"))
              .map(JsonObject::new)
              .toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot read " + p, e);
    }
  }

  /** Worker deaths (a worker recycled on purpose is no death). */
  List<JsonObject> deaths() {
    return all().stream()
        .filter(e -> "worker_died".equals(e.getString("event")))
        .filter(e -> !"recycled".equals(e.getString("causeClass")))
        .toList();
  }

  /** One pause: from {@code pool_paused} to the {@code pool_recovered} after it. */
  record Pause(Instant from, Instant to, String reason) {
    Duration length() {
      return to == null ? null : Duration.between(from, to);
    }
  }

  /** The pauses, each until the recovery that ended it (null while it lasts). */
  List<Pause> pauses() {
    List<Pause> out = new ArrayList<>();
    Instant from = null;
    String reason = null;
    for (JsonObject e : all()) {
      String event = e.getString("event");
      if ("pool_paused".equals(event) && from == null) {
        from = Instant.parse(e.getString("time"));
        reason = e.getString("reason");
      } else if ("pool_recovered".equals(event) && from != null) {
        out.add(new Pause(from, Instant.parse(e.getString("time")), reason));
        from = null;
      }
    }
    if (from != null) {
      out.add(new Pause(from, null, reason));
    }
    return out;
  }
}
