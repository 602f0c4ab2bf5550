package dev.faultline.lab.soak;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the kernel says about processes, read from {@code /proc} (proc(5)): a process's open file
 * descriptors, threads and resident memory, and every process with its parent and state, to find
 * zombies ({@code Z}) and leftovers.
 */
final class ProcFacts {
  private ProcFacts() {}

  /** One process: its pid, its parent's, its state letter, its command line. */
  record Proc(long pid, long ppid, char state, String cmdline) {}

  static long openFds(long pid) {
    try (Stream<Path> fds = Files.list(Path.of("/proc", String.valueOf(pid), "fd"))) {
      return fds.count();
    } catch (IOException e) {
      return -1;
    }
  }

  static long threads(long pid) {
    return statusField(pid, "Threads:");
  }

  static long rssKib(long pid) {
    return statusField(pid, "VmRSS:");
  }

  private static long statusField(long pid, String key) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
        if (line.startsWith(key)) {
          return Long.parseLong(line.substring(key.length()).trim().split("\\s+")[0]);
        }
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }

  /** Every process this user can see, read now (those that end meanwhile are skipped). */
  static List<Proc> all() {
    List<Proc> out = new ArrayList<>();
    try (DirectoryStream<Path> dirs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
      for (Path dir : dirs) {
        read(dir).ifPresent(out::add);
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot list /proc", e);
    }
    return out;
  }

  private static java.util.Optional<Proc> read(Path dir) {
    try {
      String stat = Files.readString(dir.resolve("stat"));
      int close = stat.lastIndexOf(')');
      String[] rest = stat.substring(close + 2).split(" ");
      byte[] cmd = Files.readAllBytes(dir.resolve("cmdline"));
      return java.util.Optional.of(
          new Proc(
              Long.parseLong(dir.getFileName().toString()),
              Long.parseLong(rest[1]),
              rest[0].charAt(0),
              new String(cmd, StandardCharsets.UTF_8).replace('\0', ' ')));
    } catch (IOException | RuntimeException e) {
      return java.util.Optional.empty();
    }
  }

  /** Bytes of every file under {@code dir}. */
  static long diskBytes(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(ProcFacts::size).sum();
    } catch (IOException e) {
      return -1;
    }
  }

  private static long size(Path f) {
    try {
      return Files.size(f);
    } catch (IOException e) {
      return 0;
    }
  }
}
