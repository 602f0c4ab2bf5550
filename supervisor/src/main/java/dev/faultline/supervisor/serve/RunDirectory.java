package dev.faultline.supervisor.serve;

import dev.faultline.supervisor.pool.CrashFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Where a server keeps its IPC socket, crash log and the workers' hs_err files. Private to its user
 * (mode 0700): the socket accepts connections from whoever can reach it, and crash reports hold
 * memory contents. A directory the server made itself has an unpredictable name (no other user can
 * create it first) and is removed on exit unless crash reports are in it; a directory named by
 * {@code --run-dir} is the caller's: it may hold a stale socket from a crashed run (removed before
 * binding), and it is never deleted, only tightened to 0700.
 */
public final class RunDirectory {
  static final Set<PosixFilePermission> PRIVATE = PosixFilePermissions.fromString("rwx------");

  private final Path path;
  private final boolean ours;

  private RunDirectory(Path path, boolean ours) {
    this.path = path;
    this.ours = ours;
  }

  /** A new private directory {@code faultline-<label>-<random>} under the system temp directory. */
  public static RunDirectory createPrivate(String label) {
    try {
      return new RunDirectory(
          Files.createTempDirectory(
              "faultline-" + label + "-", PosixFilePermissions.asFileAttribute(PRIVATE)),
          true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a run directory under the temp directory", e);
    }
  }

  /** The directory the caller named: created if missing, made private either way. */
  public static RunDirectory given(Path dir) {
    try {
      Files.createDirectories(dir);
      Files.setPosixFilePermissions(dir, PRIVATE);
      return new RunDirectory(dir, false);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot use " + dir + " as run directory", e);
    }
  }

  public Path path() {
    return path;
  }

  /**
   * On exit: a directory this server made goes away unless it holds crash reports (hs_err files or
   * a crash log); then its path is returned so it can be printed. Null when nothing is left.
   */
  public Path removeUnlessCrashReports() {
    if (!ours || !Files.isDirectory(path)) {
      return null;
    }
    if (holdsCrashReports()) {
      return path;
    }
    try (Stream<Path> all = Files.walk(path)) {
      all.sorted(Comparator.reverseOrder()).forEach(RunDirectory::deleteQuietly);
    } catch (IOException e) {
      return path;
    }
    return Files.exists(path) ? path : null;
  }

  private boolean holdsCrashReports() {
    try (Stream<Path> files = Files.list(path)) {
      return files
          .map(f -> f.getFileName().toString())
          .anyMatch(n -> n.startsWith("hs_err") || n.startsWith(CrashFiles.LOG));
    } catch (IOException e) {
      return true; // unreadable: keep it rather than lose a report
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException ignored) {
      // whatever stays is reported by the caller through the path that still exists
    }
  }
}
