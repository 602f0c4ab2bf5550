package dev.faultline.lab.bench.ipc;

import dev.faultline.lab.bench.proc.ChildJvm;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;

/** TCP over loopback (127.0.0.1), Nagle off on both ends. */
final class TcpTransport implements Transport {
  @Override
  public String kind() {
    return "tcp";
  }

  @Override
  public String how() {
    return "TCP over 127.0.0.1, TCP_NODELAY on both ends";
  }

  @Override
  public Link connect(EchoSide side) throws IOException {
    ChildJvm child = side.startChild(kind(), List.of());
    try {
      int port = Integer.parseInt(child.await("ready port=", Message.READY_TIMEOUT));
      Socket s = new Socket(InetAddress.getLoopbackAddress(), port);
      s.setTcpNoDelay(true);
      return new StreamLink(s.getInputStream(), s.getOutputStream(), child, s);
    } catch (IOException | RuntimeException e) {
      child.stop();
      throw e;
    }
  }

  /** Child side: listens on a free loopback port and says which. */
  static void echo(List<String> args) throws IOException {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      ChildJvm.say("ready port=" + server.getLocalPort());
      try (Socket s = server.accept()) {
        s.setTcpNoDelay(true);
        StreamLink.echo(s.getInputStream(), s.getOutputStream());
      }
    }
  }
}
