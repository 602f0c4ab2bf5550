package dev.faultline.worker.ipc;

/**
 * How many classes a worker JVM had loaded at each mark of its start ({@link StartMarks}), sent in
 * its {@link IpcMessage.Hello}; the master subtracts one from the next to give the classes each
 * phase loaded. -1 means not counted (the JVM keeps no performance counters: {@code
 * -XX:-UsePerfData}).
 */
public record ClassCounts(int main, int setUp, int nettyReady, int connected, int helloSent) {
  /** From a peer that counted nothing. */
  public static final ClassCounts NONE = new ClassCounts(-1, -1, -1, -1, -1);

  /** Every mark counted, and none below the one before it (classes are not unloaded in a start). */
  public boolean isComplete() {
    return main >= 0
        && setUp >= main
        && nettyReady >= setUp
        && connected >= nettyReady
        && helloSent >= connected;
  }
}
