package dev.faultline.worker.ipc;

/**
 * When a worker JVM reached each step of its start, in {@link System#nanoTime()} of that JVM, sent
 * in its {@link IpcMessage.Hello}. On Linux every JVM's {@code nanoTime} reads the same {@code
 * CLOCK_MONOTONIC}, so the master subtracts its own spawn time from them; 0 means not measured.
 *
 * @param main {@code WorkerMain.main} entered: the JVM is up and has loaded the entry point
 * @param setUp its arguments read and its job service built (the workload's classes)
 * @param nettyReady the event loop and the channel's bootstrap built (Netty's classes)
 * @param connected the connection to the master open
 * @param helloSent the hello written to the connection (this record is made just before)
 * @param classes the classes the JVM had loaded at each of these marks
 */
public record StartMarks(
    long main, long setUp, long nettyReady, long connected, long helloSent, ClassCounts classes) {
  /** A hello from a peer that measured nothing (tests, a training master's view). */
  public static final StartMarks NONE = new StartMarks(0, 0, 0, 0, 0);

  /** Marks without class counts. */
  public StartMarks(long main, long setUp, long nettyReady, long connected, long helloSent) {
    this(main, setUp, nettyReady, connected, helloSent, ClassCounts.NONE);
  }

  /** Each mark at or after the one before it, and none missing. */
  public boolean isComplete() {
    return main != 0
        && setUp - main >= 0
        && nettyReady - setUp >= 0
        && connected - nettyReady >= 0
        && helloSent - connected >= 0;
  }
}
