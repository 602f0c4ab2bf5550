package dev.faultline.lab.observe;

import dev.faultline.supervisor.pool.CrashFiles;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The server's own account, as the lab reads it: {@code crash-events.jsonl} in its run directory
 * (and the one older generation it rotates to), one JSON line per death, replacement, pause, canary
 * and recovery. The one reader of that file in the lab: the soak, {@code bench overhead} and the
 * tests all read it here. It may be read while the server writes it: a last line not yet complete
 * is left for the next read.
 */
public final class CrashEvents {
  private final Path runDir;

  public CrashEvents(Path runDir) {
    this.runDir = runDir;
  }

  /** Every event, oldest first. */
  public List<JsonObject> all() {
    List<JsonObject> out = new ArrayList<>();
    for (Path p : CrashFiles.logGenerations(runDir)) {
      out.addAll(read(p));
    }
    return out;
  }

  /**
   * The events named {@code event} ({@code worker_ready}, {@code pool_paused}, ...), oldest first.
   */
  public List<JsonObject> named(String event) {
    return all().stream().filter(e -> event.equals(e.getString("event"))).toList();
  }

  /** Worker deaths (a worker recycled on purpose is no death). */
  public List<JsonObject> deaths() {
    return named("worker_died").stream()
        .filter(e -> !"recycled".equals(e.getString("causeClass")))
        .toList();
  }

  /** One pause: from {@code pool_paused} to the {@code pool_recovered} after it. */
  public record Pause(Instant from, Instant to, String reason) {
    public Duration length() {
      return to == null ? null : Duration.between(from, to);
    }
  }

  /** The pauses, each until the recovery that ended it (null while it lasts). */
  public List<Pause> pauses() {
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

  private static List<JsonObject> read(Path p) {
    List<String> lines;
    try {
      lines = Files.exists(p) ? Files.readAllLines(p, StandardCharsets.UTF_8) : List.of();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + p, e);
    }
    List<JsonObject> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      try {
        out.add(new JsonObject(line));
      } catch (DecodeException e) {
        if (i < lines.size() - 1) {
          throw new IllegalStateException(p + " line " + (i + 1) + " is not JSON: " + line, e);
        }
        // the last line, still being written: the next read has it whole
      }
    }
    return out;
  }
}
