package dev.faultline.supervisor.pool;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Keeps the run directory's crash files bounded, so a pool that keeps losing workers (a soak, a
 * storm, a crash loop) never fills the disk: the crash log is rotated by size (one older generation
 * kept), and only the newest hs_err reports are kept (each is read once, when its worker's death is
 * classified, before this runs).
 */
public final class CrashFiles {
  /** The crash log's name in the run directory: one JSON object per line. */
  public static final String LOG = "crash-events.jsonl";

  /** {@code crash-events.jsonl} is rotated to {@code crash-events.jsonl.1} past this size. */
  static final long MAX_CRASH_LOG_BYTES = 4L << 20;

  /** hs_err reports kept; older ones are deleted. */
  static final int MAX_HS_ERR_FILES = 20;

  private CrashFiles() {}

  /**
   * The crash log of {@code runDir} in both its generations, oldest first; either may be absent.
   */
  public static List<Path> logGenerations(Path runDir) {
    Path log = runDir.resolve(LOG);
    return List.of(older(log), log);
  }

  /** Before appending to {@code log}: move it aside when it is full. */
  static void rotateIfFull(Path log) throws IOException {
    if (Files.exists(log) && Files.size(log) >= MAX_CRASH_LOG_BYTES) {
      Files.move(log, older(log), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static Path older(Path log) {
    return log.resolveSibling(log.getFileName() + ".1");
  }

  /** Deletes all but the newest {@link #MAX_HS_ERR_FILES} hs_err reports in {@code dir}. */
  static void pruneHsErr(Path dir) throws IOException {
    List<Path> reports;
    try (Stream<Path> files = Files.list(dir)) {
      reports =
          files
              .filter(f -> f.getFileName().toString().startsWith("hs_err"))
              .sorted(Comparator.comparing(CrashFiles::modified).reversed())
              .toList();
    }
    for (Path old : reports.subList(Math.min(MAX_HS_ERR_FILES, reports.size()), reports.size())) {
      Files.deleteIfExists(old);
    }
  }

  private static FileTime modified(Path f) {
    try {
      return Files.getLastModifiedTime(f);
    } catch (IOException e) {
      return FileTime.fromMillis(0); // gone already: first to be pruned
    }
  }
}
