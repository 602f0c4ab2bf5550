package dev.faultline.cluster;

import dev.faultline.chaos.ChaosGuard;
import dev.faultline.supervisor.launch.ChildOutput;
import dev.faultline.supervisor.launch.JavaCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Starts a local node JVM: this JVM's java and class path ({@link JavaCommand}, with the flags
 * every faultline JVM that runs faults gets), Hazelcast's module-access flags, a fixed heap, and
 * the run directory for its hs_err. Its stdin stays open: the node halts when the front dies. Its
 * output goes to the front's log, each line prefixed {@code node 2 | }.
 */
final class NodeLauncher {
  /**
   * A node's heap at least: a Hazelcast member's own structures need more than a worker's 64 MiB
   * (node-mode.md measured 180-300 MB resident per member, most of it not heap).
   */
  static final int MIN_NODE_HEAP_MB = 128;

  /** A started node JVM and the reader of its output. */
  record Launched(Process process, ChildOutput output) {}

  private final int heapMb;
  private final Path runDir;
  private final Consumer<String> log;

  NodeLauncher(int unitHeapMb, Path runDir, Consumer<String> log) {
    this.heapMb = Math.max(unitHeapMb, MIN_NODE_HEAP_MB);
    this.runDir = runDir;
    this.log = log;
  }

  /**
   * @param wrap the command line as run: as is, or inside the node's network namespace
   */
  Launched launch(NodeSpec spec, UnaryOperator<List<String>> wrap) {
    List<String> java =
        new ArrayList<>(
            JavaCommand.forMain(heapMb, runDir, NodeMain.class.getName(), spec.toArgs()));
    java.addAll(1, ClusterMember.JVM_FLAGS);
    List<String> cmd = wrap.apply(java);
    ProcessBuilder pb =
        new ProcessBuilder(cmd).directory(runDir.toFile()).redirectErrorStream(true);
    pb.environment().remove(ChaosGuard.TOKEN_ENV); // a node needs no token: faults come per job
    try {
      Process p = pb.start();
      String prefix = "node " + spec.slot() + " | ";
      return new Launched(
          p,
          ChildOutput.pump(
              "output-node-" + p.pid(), p.getInputStream(), l -> log.accept(prefix + l)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start a node JVM: " + String.join(" ", cmd), e);
    }
  }
}
