package dev.faultline.lab.bench.part;

import dev.faultline.lab.bench.child.BenchChild;
import dev.faultline.lab.bench.ipc.EchoSide;
import dev.faultline.lab.bench.proc.ChildJvm;
import dev.faultline.lab.bench.proc.Children;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The echo of a round trip in a {@link BenchChild} JVM pinned to one CPU. */
final class ChildEchoSide implements EchoSide {
  static final int HEAP_MB = 64;

  private final Children children;
  private final int cpu;

  ChildEchoSide(Children children, int cpu) {
    this.children = children;
    this.cpu = cpu;
  }

  @Override
  public ChildJvm startChild(String kind, List<String> args) throws IOException {
    List<String> all = new ArrayList<>(List.of("echo", kind));
    all.addAll(args);
    return children.startJava(String.valueOf(cpu), HEAP_MB, BenchChild.class.getName(), all);
  }

  @Override
  public int cpu() {
    return cpu;
  }

  @Override
  public Path dir() {
    return children.dir();
  }
}
