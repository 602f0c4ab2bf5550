package dev.faultline.supervisor.launch;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Builds the command line of a child JVM from this JVM's own java binary and class path, so
 * children run exactly the code their parent runs (the same jar). Every child gets the same
 * crash-relevant flags: a fixed heap, exit on OOM, hs_err files in the run directory and no core
 * dumps; and what its JDK needs to stay quiet about what we do on purpose ({@link JdkFlags}: native
 * access for all, {@code sun.misc.Unsafe} memory access for a JVM that runs faults). A worker also
 * gets the flags measured to make it start fast and stay small ({@link WorkerJvmFlags}), the
 * start-up archive when there is one ({@link StartupArchive}), and last whatever {@value
 * #WORKER_OPTS_ENV} holds (for measuring one more flag without a rebuild); a server JVM the lab
 * starts, whatever {@value #SERVER_OPTS_ENV} holds.
 */
public final class JavaCommand {
  /** Extra flags for worker JVMs, appended last so they win; unset in normal runs. */
  public static final String WORKER_OPTS_ENV = "FAULTLINE_WORKER_JAVA_OPTS";

  private JavaCommand() {}

  /**
   * Extra flags for the other JVMs the lab starts (servers of demo, matrix, bench, soak; bench
   * children), appended last; unset in normal runs (for measuring, e.g. {@code
   * -XX:NativeMemoryTracking=summary}).
   */
  public static final String SERVER_OPTS_ENV = "FAULTLINE_SERVER_JAVA_OPTS";

  /** A JVM that may run the workload and its faults: a thread-mode server, a bench child. */
  public static List<String> forMain(
      int heapMb, Path errorFileDir, String mainClass, List<String> args) {
    return forServer(heapMb, errorFileDir, true, mainClass, args);
  }

  /** A process-mode master: it runs no workload, so no fault either. */
  public static List<String> forMaster(
      int heapMb, Path errorFileDir, String mainClass, List<String> args) {
    return forServer(heapMb, errorFileDir, false, mainClass, args);
  }

  private static List<String> forServer(
      int heapMb, Path errorFileDir, boolean runsFaults, String mainClass, List<String> args) {
    List<String> flags = new ArrayList<>(JdkFlags.forChild(runsFaults));
    flags.addAll(extraOpts(System.getenv(SERVER_OPTS_ENV)));
    return build(heapMb, errorFileDir, flags, mainClass, args);
  }

  /**
   * A worker JVM, using the start-up archive of this jar and JDK if it was built.
   *
   * @param transportFlags what the IPC transport needs (VM output off stdout when frames use it)
   */
  public static List<String> forWorker(
      int heapMb,
      Path errorFileDir,
      List<String> transportFlags,
      String mainClass,
      List<String> args) {
    List<String> flags = new ArrayList<>(transportFlags);
    StartupArchive.forThisJvm().ifPresent(a -> flags.addAll(a.useFlags()));
    return withArchiveFlags(heapMb, errorFileDir, flags, mainClass, args);
  }

  /** A worker JVM with the given archive flags (to use one, or to record one). */
  static List<String> withArchiveFlags(
      int heapMb,
      Path errorFileDir,
      List<String> archiveFlags,
      String mainClass,
      List<String> args) {
    List<String> flags = new ArrayList<>(WorkerJvmFlags.forHeap(heapMb));
    flags.addAll(JdkFlags.forChild(true));
    flags.addAll(archiveFlags);
    flags.addAll(extraOpts(System.getenv(WORKER_OPTS_ENV)));
    return build(heapMb, errorFileDir, flags, mainClass, args);
  }

  /**
   * The flags faultline gives every JVM it starts, so a unit dies the way the crash log expects: a
   * fixed heap, exit on OOM (no half-dead JVM), the hs_err report in {@code errorFileDir}, no core.
   */
  public static List<String> crashFlags(int heapMb, Path errorFileDir) {
    return List.of(
        "-Xmx" + heapMb + "m",
        "-XX:+UseSerialGC",
        "-XX:+ExitOnOutOfMemoryError",
        "-XX:-CreateCoredumpOnCrash",
        "-XX:ErrorFile=" + errorFileDir.resolve("hs_err_pid%p.log"));
  }

  private static List<String> build(
      int heapMb, Path errorFileDir, List<String> flags, String mainClass, List<String> args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(javaBinary());
    cmd.addAll(crashFlags(heapMb, errorFileDir));
    cmd.addAll(flags);
    cmd.add("-cp");
    cmd.add(absolute(System.getProperty("java.class.path")));
    if (mainClass != null) {
      cmd.add(mainClass);
    }
    cmd.addAll(args);
    return cmd;
  }

  static List<String> extraOpts(String value) {
    if (value == null || value.isBlank()) {
      return List.of();
    }
    return Arrays.asList(value.trim().split("\\s+"));
  }

  /** Children run in their run directory: a relative class path would point nowhere there. */
  static String absolute(String classPath) {
    return Arrays.stream(classPath.split(File.pathSeparator))
        .map(e -> e.isEmpty() ? e : Path.of(e).toAbsolutePath().toString())
        .collect(Collectors.joining(File.pathSeparator));
  }

  static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
