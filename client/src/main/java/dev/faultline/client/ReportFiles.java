package dev.faultline.client;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Where a run's report goes besides the terminal; null for a file not wanted. Each written file is
 * announced on the console with its absolute path.
 */
public record ReportFiles(Path json, Path csv, Path histogramLog, Path html) {

  public static ReportFiles none() {
    return new ReportFiles(null, null, null, null);
  }

  public void write(LoadReport report, Consumer<String> console) throws IOException {
    write(json, "JSON report", report.toJson().encodePrettily(), console);
    write(csv, "CSV timeline", report.csvTimeline(), console);
    write(histogramLog, "HdrHistogram interval log", report.intervalLog(), console);
    write(html, "HTML report", report.html(), console);
  }

  private static void write(Path file, String what, String content, Consumer<String> console)
      throws IOException {
    if (file == null) {
      return;
    }
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, content, StandardCharsets.UTF_8);
    console.accept(what + " written to " + file.toAbsolutePath());
  }
}
