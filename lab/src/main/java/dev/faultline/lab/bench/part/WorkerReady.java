package dev.faultline.lab.bench.part;

import dev.faultline.lab.bench.proc.ChildJvm;
import dev.faultline.lab.bench.proc.Children;
import dev.faultline.worker.WorkerMain;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Starts a real faultline worker ({@link WorkerMain}, the pool's own command line and flags)
 * against a socket of ours, and returns once its first frame, the hello, has arrived: what "ready"
 * means to the pool. Closing the socket then ends the worker.
 */
final class WorkerReady {
  /** {@code IpcCodec}'s frame type of a Hello: {@code length:int32 | type:uint8 | ...}. */
  static final byte HELLO = 1;

  static final long ACCEPT_TIMEOUT_MS = 30_000;

  private final Children children;
  private int started;

  WorkerReady(Children children) {
    this.children = children;
  }

  void once() throws IOException {
    Path sock = children.dir().resolve("worker-" + (++started) + ".sock");
    Files.deleteIfExists(sock);
    try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        Selector selector = Selector.open()) {
      server.bind(UnixDomainSocketAddress.of(sock));
      server.configureBlocking(false).register(selector, SelectionKey.OP_ACCEPT);
      ChildJvm w =
          children.startJava(
              null,
              ChildEchoSide.HEAP_MB,
              WorkerMain.class.getName(),
              List.of("1", sock.toString(), "1", "500"));
      if (selector.select(ACCEPT_TIMEOUT_MS) == 0) {
        w.stop();
        throw new IOException(
            "worker pid " + w.pid() + " did not connect within " + ACCEPT_TIMEOUT_MS + " ms");
      }
      try (SocketChannel ch = server.accept()) {
        ch.configureBlocking(true);
        awaitHello(ch, w);
      }
      w.stop();
    } finally {
      Files.deleteIfExists(sock);
    }
  }

  private static void awaitHello(SocketChannel ch, ChildJvm w) throws IOException {
    ByteBuffer head = ByteBuffer.allocate(5);
    while (head.hasRemaining()) {
      if (ch.read(head) < 0) {
        throw new IOException("worker pid " + w.pid() + " closed before its hello");
      }
    }
    if (head.get(4) != HELLO) {
      throw new IOException("worker pid " + w.pid() + " sent frame type " + head.get(4) + " first");
    }
  }
}
