package dev.faultline.worker;

import dev.faultline.worker.ipc.ClassCounts;
import dev.faultline.worker.ipc.StartMarks;

/**
 * Marks the steps of this worker JVM's start as it passes them, for its hello: the master turns
 * them into the phases of a start (spawn to main, main to connected, connected to ready) that
 * {@code bench overhead} prints, each with the classes it loaded ({@link LoadedClasses}). Reading
 * {@link System#nanoTime()} costs nothing a start would notice, and a class count a few
 * microseconds after the counters are found once, so every worker does it.
 */
final class StartClock {
  private final long main;
  private final LoadedClasses classes;
  private final int[] counts = new int[5];
  private long setUp;
  private long nettyReady;
  private long connected;

  /** Made first thing in {@code main}; its mark is taken before the counters are found. */
  StartClock() {
    this.main = System.nanoTime();
    this.classes = LoadedClasses.open(ProcessHandle.current().pid());
    counts[0] = count();
  }

  void setUp() {
    setUp = System.nanoTime();
    counts[1] = count();
  }

  void nettyReady() {
    nettyReady = System.nanoTime();
    counts[2] = count();
  }

  void connected() {
    connected = System.nanoTime();
    counts[3] = count();
  }

  /** The marks, the last one being now: the hello that carries them is written next. */
  StartMarks helloSent() {
    long helloSent = System.nanoTime();
    counts[4] = count();
    if (classes != null) {
      classes.close();
    }
    ClassCounts c = new ClassCounts(counts[0], counts[1], counts[2], counts[3], counts[4]);
    return new StartMarks(main, setUp, nettyReady, connected, helloSent, c);
  }

  private int count() {
    return classes == null ? -1 : classes.count();
  }
}
