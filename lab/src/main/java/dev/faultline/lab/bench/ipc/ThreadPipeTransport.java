package dev.faultline.lab.bench.ipc;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Pipe;

/**
 * Two threads of this JVM talking over real pipes ({@link Pipe} is {@code pipe(2)} on Linux): the
 * same system calls as {@link PipeTransport} between two processes, so pinned to one core the only
 * difference between the two is what the switch between the sides costs.
 */
final class ThreadPipeTransport implements Transport {
  @Override
  public String kind() {
    return "thread-pipe";
  }

  @Override
  public String how() {
    return "two threads of one JVM, a pipe(2) per direction (java.nio.channels.Pipe), blocking";
  }

  @Override
  public Link connect(EchoSide side) throws IOException {
    Pipe req = Pipe.open();
    Pipe resp = Pipe.open();
    ByteBuffer echoBuf = ByteBuffer.allocateDirect(Message.BYTES);
    Thread echo =
        EchoThread.start(
            "bench-echo-pipe",
            side.cpu(),
            () -> {
              echoBuf.clear();
              if (!readFully(req.source(), echoBuf)) {
                return false;
              }
              echoBuf.flip();
              writeFully(resp.sink(), echoBuf);
              return true;
            });
    ByteBuffer buf = ByteBuffer.allocateDirect(Message.BYTES);
    return new Link() {
      @Override
      public void roundTrip(byte[] m) throws IOException {
        buf.clear().put(m).flip();
        writeFully(req.sink(), buf);
        buf.clear();
        if (!readFully(resp.source(), buf)) {
          throw Message.noAnswer(kind());
        }
        buf.flip().get(m);
      }

      @Override
      public void close() {
        StreamLink.quietly(req.sink()); // the echo reads end of file and stops
        try {
          echo.join(Message.ANSWER_TIMEOUT.toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        StreamLink.quietly(req.source());
        StreamLink.quietly(resp.sink());
        StreamLink.quietly(resp.source());
      }
    };
  }

  private static boolean readFully(Pipe.SourceChannel in, ByteBuffer b) throws IOException {
    while (b.hasRemaining()) {
      if (in.read(b) < 0) {
        return false;
      }
    }
    return true;
  }

  private static void writeFully(Pipe.SinkChannel out, ByteBuffer b) throws IOException {
    while (b.hasRemaining()) {
      out.write(b);
    }
  }
}
