package dev.faultline.lab.bench.ipc;

import java.io.IOException;

/** The measuring end of one transport, connected to its echo. */
public interface Link extends AutoCloseable {
  /** Sends the message and reads the echo's answer, of the same length, back into it. */
  void roundTrip(byte[] message) throws IOException;

  /** Tells the echo it is over and frees what the link holds; never throws. */
  @Override
  void close();
}
