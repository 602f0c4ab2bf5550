package dev.faultline.supervisor.launch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the command line of a child JVM from this JVM's own java binary and class path, so
 * children run exactly the code their parent runs (the same jar). Every child gets the same
 * crash-relevant flags: a fixed heap, exit on OOM, hs_err files in the run directory and no core
 * dumps.
 */
public final class JavaCommand {
  private JavaCommand() {}

  public static List<String> forMain(
      int heapMb, Path errorFileDir, String mainClass, List<String> args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(javaBinary());
    cmd.add("-Xmx" + heapMb + "m");
    cmd.add("-XX:+UseSerialGC");
    cmd.add("-XX:+ExitOnOutOfMemoryError");
    cmd.add("-XX:-CreateCoredumpOnCrash");
    cmd.add("-XX:ErrorFile=" + errorFileDir.resolve("hs_err_pid%p.log"));
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(mainClass);
    cmd.addAll(args);
    return cmd;
  }

  static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
