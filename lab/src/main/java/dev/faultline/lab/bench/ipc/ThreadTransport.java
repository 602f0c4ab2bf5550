package dev.faultline.lab.bench.ipc;

import java.io.IOException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;

/**
 * The baseline: the same 64-byte hand-off between two threads of this JVM through a pair of {@link
 * SynchronousQueue}s (the JDK's hand-off: it spins briefly when there is more than one CPU, then
 * parks the waiting thread and the other unparks it).
 */
final class ThreadTransport implements Transport {
  @Override
  public String kind() {
    return "thread";
  }

  @Override
  public String how() {
    return "baseline: two threads of one JVM, a SynchronousQueue per direction (spin, then park)";
  }

  @Override
  public Link connect(EchoSide side) {
    SynchronousQueue<byte[]> req = new SynchronousQueue<>();
    SynchronousQueue<byte[]> resp = new SynchronousQueue<>();
    Thread echo =
        EchoThread.start(
            "bench-echo-thread",
            side.cpu(),
            () -> {
              byte[] m = req.take();
              resp.put(m.clone());
              return true;
            });
    return new Link() {
      @Override
      public void roundTrip(byte[] m) throws IOException {
        try {
          req.put(m);
          byte[] answer = resp.poll(Message.ANSWER_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
          if (answer == null) {
            throw Message.noAnswer(kind());
          }
          System.arraycopy(answer, 0, m, 0, m.length);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted", e);
        }
      }

      @Override
      public void close() {
        echo.interrupt();
      }
    };
  }
}
