package dev.faultline.lab.bench.ipc;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One request slot and one answer slot in a file both processes map ({@code MAP_SHARED}): a
 * sequence number per slot, each on its own cache line, and 64 bytes of payload. A writer stores
 * the payload, then publishes the sequence with release semantics; the reader waits for the
 * sequence with acquire semantics, then reads the payload. A request sequence of -1 says "stop".
 *
 * <pre>
 * offset   0: request sequence (int64)     offset  64: answer sequence (int64)
 * offset 128: request payload (64 bytes)   offset 256: answer payload (64 bytes)
 * </pre>
 */
final class SharedRing implements AutoCloseable {
  static final int SIZE = 4096;
  static final int REQ_SEQ = 0;
  static final int RESP_SEQ = 64;
  static final int REQ_DATA = 128;
  static final int RESP_DATA = 256;
  static final long STOP = -1;

  private static final VarHandle LONGS =
      MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.nativeOrder());

  private final FileChannel file;
  final MappedByteBuffer buf;

  private SharedRing(FileChannel file) throws IOException {
    this.file = file;
    this.buf = file.map(FileChannel.MapMode.READ_WRITE, 0, SIZE);
  }

  /** Creates (or truncates) the file and maps it. */
  static SharedRing create(Path path) throws IOException {
    FileChannel f =
        FileChannel.open(
            path,
            StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.READ,
            StandardOpenOption.WRITE);
    return new SharedRing(f);
  }

  static SharedRing open(Path path) throws IOException {
    return new SharedRing(
        FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE));
  }

  long read(int offset) {
    return (long) LONGS.getAcquire(buf, offset);
  }

  void publish(int offset, long value) {
    LONGS.setRelease(buf, offset, value);
  }

  /** The measuring end's round trip. */
  void roundTrip(byte[] m, long seq) throws IOException {
    buf.put(REQ_DATA, m);
    publish(REQ_SEQ, seq);
    SpinThenPark.await(() -> read(RESP_SEQ), seq, Message.ANSWER_TIMEOUT.toNanos());
    buf.get(RESP_DATA, m);
  }

  /** The echo's loop: answer each request until the stop sequence. */
  void echo() throws IOException {
    byte[] m = new byte[Message.BYTES];
    for (long seq = 1; ; seq++) {
      long want = seq;
      SpinThenPark.await(() -> read(REQ_SEQ) == STOP ? want : read(REQ_SEQ), want, Long.MAX_VALUE);
      if (read(REQ_SEQ) == STOP) {
        return;
      }
      buf.get(REQ_DATA, m);
      buf.put(RESP_DATA, m);
      publish(RESP_SEQ, seq);
    }
  }

  @Override
  public void close() throws IOException {
    file.close();
  }
}
