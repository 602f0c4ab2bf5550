package dev.faultline.lab.bench.ipc;

import dev.faultline.lab.bench.proc.ChildJvm;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.util.List;

/** Anonymous pipes: the child's stdin and stdout, the two pipes the JDK creates for a child. */
final class PipeTransport implements Transport {
  @Override
  public String kind() {
    return "pipe";
  }

  @Override
  public String how() {
    return "two anonymous pipes: the child JVM's stdin and stdout";
  }

  @Override
  public Link connect(EchoSide side) throws IOException {
    ChildJvm child = side.startChild(kind(), List.of());
    child.await("ready", Message.READY_TIMEOUT);
    return new StreamLink(
        child.process().getInputStream(), child.process().getOutputStream(), child);
  }

  /** Child side: echo stdin to stdout until stdin ends. */
  static void echo(List<String> args) throws IOException {
    ChildJvm.say("ready");
    StreamLink.echo(
        new FileInputStream(FileDescriptor.in), new FileOutputStream(FileDescriptor.out));
  }
}
