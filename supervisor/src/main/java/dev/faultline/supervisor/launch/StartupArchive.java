package dev.faultline.supervisor.launch;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where a worker's start-up archive lives, and the flags that use it: an AppCDS archive (JDK 17 to
 * 23: the classes a worker loads, parsed and verified once) or, on JDK 24 and newer, an AOT cache
 * (the same, plus the classes already linked). Both need the class path to be a jar, so an archive
 * exists only when this JVM runs from one; it sits beside the jar, named after the jar's size and
 * time and the JDK, so a rebuilt jar or another JDK never picks up a stale one (the JVM would
 * refuse it with a warning). {@link ArchiveTraining} builds it once.
 */
public final class StartupArchive {
  /** The first JDK whose AOT cache replaces AppCDS here (JEP 483). */
  static final int FIRST_AOT_JDK = 24;

  private final Path file;
  private final boolean aotCache;

  StartupArchive(Path file, boolean aotCache) {
    this.file = file;
    this.aotCache = aotCache;
  }

  /** The archive for this JVM's jar and JDK, or empty when the class path is not one jar. */
  public static Optional<StartupArchive> forThisJvm() {
    return forJar(System.getProperty("java.class.path"), Runtime.version());
  }

  static Optional<StartupArchive> forJar(String classPath, Runtime.Version jdk) {
    if (classPath == null
        || classPath.contains(File.pathSeparator)
        || !classPath.endsWith(".jar")) {
      return Optional.empty();
    }
    File jar = new File(classPath).getAbsoluteFile();
    if (!jar.isFile()) {
      return Optional.empty();
    }
    boolean aot = jdk.feature() >= FIRST_AOT_JDK;
    String name =
        String.format(
            "%s.worker-jdk%s-%d-%d.%s",
            jar.getName(),
            jdk.toString().replaceAll("[^A-Za-z0-9.]", "_"),
            jar.length(),
            jar.lastModified(),
            aot ? "aot" : "jsa");
    return Optional.of(new StartupArchive(jar.toPath().resolveSibling(name), aot));
  }

  public Path file() {
    return file;
  }

  public boolean isAotCache() {
    return aotCache;
  }

  public boolean exists() {
    return Files.isRegularFile(file);
  }

  /** The flags that make a worker use the archive, or none while it is not built. */
  List<String> useFlags() {
    if (!exists()) {
      return List.of();
    }
    return List.of(aotCache ? "-XX:AOTCache=" + file : "-XX:SharedArchiveFile=" + file);
  }

  /** {@code AppCDS archive} or {@code AOT cache}, for log lines. */
  public String kind() {
    return aotCache ? "AOT cache" : "AppCDS archive";
  }
}
