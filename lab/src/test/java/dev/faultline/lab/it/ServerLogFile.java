package dev.faultline.lab.it;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/** A server's console as a file: its log and its workers' output, read as it grows. */
final class ServerLogFile {
  private final Path file;

  ServerLogFile(Path file) {
    this.file = file;
  }

  Path path() {
    return file;
  }

  /** Every line written so far. */
  List<String> lines() {
    try {
      return Files.exists(file)
          ? new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList()
          : List.of();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits for the first line at or after {@code from} that matches, and returns its index. */
  int awaitLine(int from, String description, Predicate<String> matches) {
    return await(description + " in " + file)
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> indexOf(lines(), from, matches), i -> i >= 0);
  }

  private static int indexOf(List<String> lines, int from, Predicate<String> matches) {
    for (int i = Math.max(from, 0); i < lines.size(); i++) {
      if (matches.test(lines.get(i))) {
        return i;
      }
    }
    return -1;
  }

  static Predicate<String> containsAll(String... parts) {
    return line -> List.of(parts).stream().allMatch(line::contains);
  }
}
