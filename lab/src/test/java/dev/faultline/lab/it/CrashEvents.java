package dev.faultline.lab.it;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A server's crash log as written so far: one JSON object per line of {@code crash-events.jsonl}.
 */
final class CrashEvents {
  private CrashEvents() {}

  static List<JsonObject> read(Path runDir) {
    Path file = runDir.resolve("crash-events.jsonl");
    try {
      return Files.exists(file)
          ? Files.readAllLines(file, StandardCharsets.UTF_8).stream()
              .filter(l -> !l.isBlank())
              .map(JsonObject::new)
              .toList()
          : List.of();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
