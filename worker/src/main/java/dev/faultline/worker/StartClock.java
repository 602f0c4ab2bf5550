package dev.faultline.worker;

import dev.faultline.worker.ipc.StartMarks;

/**
 * Marks the steps of this worker JVM's start as it passes them, for its hello: the master turns
 * them into the phases of a start (spawn to main, main to connected, connected to ready) that
 * {@code bench overhead} prints. Reading {@link System#nanoTime()} costs nothing a start would
 * notice, so every worker does it.
 */
final class StartClock {
  private final long main;
  private long setUp;
  private long nettyReady;
  private long connected;

  /** Made first thing in {@code main}. */
  StartClock() {
    this.main = System.nanoTime();
  }

  void setUp() {
    setUp = System.nanoTime();
  }

  void nettyReady() {
    nettyReady = System.nanoTime();
  }

  void connected() {
    connected = System.nanoTime();
  }

  /** The marks, the last one being now: the hello that carries them is written next. */
  StartMarks helloSent() {
    return new StartMarks(main, setUp, nettyReady, connected, System.nanoTime());
  }
}
