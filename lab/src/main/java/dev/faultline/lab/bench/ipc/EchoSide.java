package dev.faultline.lab.bench.ipc;

import dev.faultline.lab.bench.proc.ChildJvm;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Where a transport's echo runs: a child JVM pinned to {@link #cpu()}, or a thread pinned there.
 */
public interface EchoSide {
  /** Starts {@code BenchChild echo <kind> <args...>} pinned to {@link #cpu()}. */
  ChildJvm startChild(String kind, List<String> args) throws IOException;

  /** The CPU the echo runs on. */
  int cpu();

  /** A directory for sockets, FIFOs and mapped files. */
  Path dir();
}
