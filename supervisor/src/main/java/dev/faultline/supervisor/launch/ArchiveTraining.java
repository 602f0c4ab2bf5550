package dev.faultline.supervisor.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Builds a {@link StartupArchive} once: one training worker runs against a {@link TrainingMaster}
 * with the very flags every worker gets, and the JVM records what it loaded on the way out (AppCDS:
 * {@code -XX:ArchiveClassesAtExit}; AOT cache: a record run, then a create run). It is written
 * under a temporary name and moved into place at once, so servers that start together never see
 * half an archive; the last one to finish wins, and every copy is the same. A failed training costs
 * nothing but speed: workers start without an archive.
 */
public final class ArchiveTraining {
  private static final long RUN_TIMEOUT_SECONDS = 60;

  private final StartupArchive archive;
  private final int heapMb;
  private final Path runDir;
  private final String workerMain;

  public ArchiveTraining(StartupArchive archive, int heapMb, Path runDir, String workerMain) {
    this.archive = archive;
    this.heapMb = heapMb;
    this.runDir = runDir;
    this.workerMain = workerMain;
  }

  /** Builds the archive unless it exists; says what happened through {@code log}. */
  public void ensure(Consumer<String> log) {
    if (archive.exists()) {
      return;
    }
    long started = System.nanoTime();
    Path tmp = archive.file().resolveSibling(archive.file().getFileName() + ".tmp" + pid());
    try {
      record(tmp);
      Files.move(
          tmp, archive.file(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      log.accept(
          String.format(
              "built the workers' %s %s in %d ms (once per jar and JDK)",
              archive.kind(), archive.file(), (System.nanoTime() - started) / 1_000_000));
    } catch (IOException | RuntimeException e) {
      log.accept(
          "could not build the workers' " + archive.kind() + ", they start without one: " + e);
    } finally {
      deleteQuietly(tmp);
      deleteQuietly(configOf(tmp));
    }
  }

  private void record(Path tmp) throws IOException {
    try (TrainingMaster master = new TrainingMaster(runDir.resolve("training.sock"))) {
      master.bind();
      List<String> flags =
          archive.isAotCache()
              ? List.of("-XX:AOTMode=record", "-XX:AOTConfiguration=" + configOf(tmp))
              : List.of("-XX:ArchiveClassesAtExit=" + tmp);
      List<String> args = List.of("1", master.socket().toString(), "2", "500");
      run(JavaCommand.forWorker(heapMb, runDir, flags, workerMain, args), "record");
    }
    if (archive.isAotCache()) {
      List<String> create =
          List.of(
              "-XX:AOTMode=create", "-XX:AOTConfiguration=" + configOf(tmp), "-XX:AOTCache=" + tmp);
      run(JavaCommand.forWorker(heapMb, runDir, create, null, List.of()), "create");
    }
    if (!Files.isRegularFile(tmp)) {
      throw new IOException("the training run wrote no archive (see " + logFile() + ")");
    }
  }

  private void run(List<String> cmd, String step) throws IOException {
    ProcessBuilder pb =
        new ProcessBuilder(new ArrayList<>(cmd))
            .directory(runDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()));
    pb.environment().remove("FAULTLINE_TEST_HOOK");
    Process p = pb.start(); // its stdin stays open until it exits: a worker leaves when it closes
    try {
      if (!p.waitFor(RUN_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException("the " + step + " run took over " + RUN_TIMEOUT_SECONDS + " s");
      }
      if (p.exitValue() != 0) {
        throw new IOException(
            "the " + step + " run exited " + p.exitValue() + " (see " + logFile() + ")");
      }
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted during the " + step + " run", e);
    }
  }

  private Path logFile() {
    return runDir.resolve("archive-training.log");
  }

  private static Path configOf(Path tmp) {
    return tmp.resolveSibling(tmp.getFileName() + ".aotconf");
  }

  private static long pid() {
    return ProcessHandle.current().pid();
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException ignored) {
      // a leftover temporary file beside the jar harms nothing
    }
  }
}
