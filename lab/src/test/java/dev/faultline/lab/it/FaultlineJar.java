package dev.faultline.lab.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The built faultline.jar and the command line that runs it in a fresh JVM, as a user would. */
final class FaultlineJar {
  private FaultlineJar() {}

  /**
   * The faultline jar: {@code -Dfaultline.jar} (failsafe sets it), else the module's target
   * directory.
   */
  static Path path() {
    String prop = System.getProperty("faultline.jar");
    List<Path> candidates = new ArrayList<>();
    if (prop != null && !prop.isBlank()) {
      candidates.add(Path.of(prop));
    }
    Path cwd = Path.of(System.getProperty("user.dir"));
    candidates.add(cwd.resolve("lab/target/faultline.jar"));
    candidates.add(cwd.resolve("target/faultline.jar"));
    return candidates.stream()
        .filter(Files::isRegularFile)
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "faultline.jar not found; build it first. Tried " + candidates));
  }

  /** {@code java <jvmFlags> -jar faultline.jar <args>} with this test JVM's own java. */
  static List<String> javaJar(List<String> jvmFlags, List<String> args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(jvmFlags);
    cmd.add("-jar");
    cmd.add(path().toString());
    cmd.addAll(args);
    return cmd;
  }
}
