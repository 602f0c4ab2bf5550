package dev.faultline.lab.bench.ipc;

import dev.faultline.lab.bench.proc.ChildJvm;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Both ends of a byte-stream transport (pipe, FIFO, socket): write the message, read as many bytes
 * back. A child that dies shows up as end of file or a broken pipe, never as a hang.
 */
final class StreamLink implements Link {
  private final InputStream in;
  private final OutputStream out;
  private final ChildJvm child;
  private final Closeable[] resources;

  StreamLink(InputStream in, OutputStream out, ChildJvm child, Closeable... resources) {
    this.in = in;
    this.out = out;
    this.child = child;
    this.resources = resources;
  }

  @Override
  public void roundTrip(byte[] message) throws IOException {
    out.write(message);
    out.flush();
    readFully(in, message);
  }

  @Override
  public void close() {
    for (Closeable c : new Closeable[] {out, in}) {
      quietly(c);
    }
    for (Closeable c : resources) {
      quietly(c);
    }
    child.stop();
  }

  /** The echo's loop, on the child's side: read a message, write it back, until end of file. */
  static void echo(InputStream in, OutputStream out) throws IOException {
    byte[] m = new byte[Message.BYTES];
    while (true) {
      try {
        readFully(in, m);
      } catch (EOFException e) {
        return;
      }
      out.write(m);
      out.flush();
    }
  }

  static void readFully(InputStream in, byte[] m) throws IOException {
    if (in.readNBytes(m, 0, m.length) < m.length) {
      throw new EOFException("the other end closed");
    }
  }

  static void quietly(Closeable c) {
    try {
      c.close();
    } catch (IOException ignored) {
      // closing what is already broken
    }
  }
}
