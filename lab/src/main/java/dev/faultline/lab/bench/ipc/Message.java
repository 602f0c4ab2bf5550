package dev.faultline.lab.bench.ipc;

import java.io.IOException;
import java.time.Duration;

/** The message every transport carries, and how long an end waits for its answer. */
final class Message {
  /** 64 bytes, as ipc-bench and the lesson's numbers use. */
  static final int BYTES = 64;

  /**
   * An answer later than this means the other end is gone: the measurement fails, it never hangs.
   */
  static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(2);

  /** How long a child may take to start and say it is ready. */
  static final Duration READY_TIMEOUT = Duration.ofSeconds(30);

  private Message() {}

  static IOException noAnswer(String kind) {
    return new IOException(kind + ": no answer within " + ANSWER_TIMEOUT);
  }
}
