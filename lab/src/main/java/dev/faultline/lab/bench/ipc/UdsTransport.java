package dev.faultline.lab.bench.ipc;

import dev.faultline.lab.bench.proc.ChildJvm;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A Unix domain stream socket, the path faultline's master and workers talk over. */
final class UdsTransport implements Transport {
  @Override
  public String kind() {
    return "uds";
  }

  @Override
  public String how() {
    return "a Unix domain stream socket (JDK 16+ SocketChannel), blocking";
  }

  @Override
  public Link connect(EchoSide side) throws IOException {
    Path path = side.dir().resolve("bench.sock");
    Files.deleteIfExists(path);
    ChildJvm child = side.startChild(kind(), List.of(path.toString()));
    try {
      child.await("ready", Message.READY_TIMEOUT);
      SocketChannel ch = SocketChannel.open(UnixDomainSocketAddress.of(path));
      return new StreamLink(Channels.newInputStream(ch), Channels.newOutputStream(ch), child, ch);
    } catch (IOException e) {
      child.stop();
      throw e;
    } finally {
      Files.deleteIfExists(path);
    }
  }

  /** Child side: {@code <socket path>}. */
  static void echo(List<String> args) throws IOException {
    try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      server.bind(UnixDomainSocketAddress.of(args.get(0)));
      ChildJvm.say("ready");
      try (SocketChannel ch = server.accept()) {
        StreamLink.echo(Channels.newInputStream(ch), Channels.newOutputStream(ch));
      }
    }
  }
}
