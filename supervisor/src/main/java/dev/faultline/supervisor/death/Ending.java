package dev.faultline.supervisor.death;

/**
 * Every way a worker can end, in one type. Who knows what happened decides the kind:
 *
 * <ul>
 *   <li>{@link Died}: it ended by itself or by a signal from outside, and what it left behind (exit
 *       status, hs_err, its last output) says how; {@link DeathClassifier} reads it. The same kinds
 *       describe a whole server that died.
 *   <li>{@link Killed}: the master killed it on purpose (SIGTERM, then SIGKILL), and knows why;
 *       such a death is never blamed on the signal, on memory or on the exit status.
 *   <li>{@link Retired}: it was recycled: it drained and exited when asked.
 * </ul>
 *
 * Each has a stable {@link #code()} (the crash report's {@code causeClass}), and says whether it
 * implicates the requests in flight: one of them may have caused it, so they are suspects, and a
 * request that is a suspect in enough deaths is poison (the pool's {@code Quarantine} says how
 * many).
 */
public sealed interface Ending {
  /** Stable, for JSON: {@code native_crash}, {@code liveness_timeout}, {@code recycled}. */
  String code();

  boolean implicatesRequests();

  /** Ended by itself or from outside; read from what the JVM left behind. */
  enum Died implements Ending {
    /** It crashed in native code and wrote hs_err; the cause is the real signal in it. */
    NATIVE_CRASH("native_crash", true),
    /** Heap exhausted; {@code -XX:+ExitOnOutOfMemoryError} ended it. */
    OUT_OF_MEMORY("out_of_memory", true),
    /** The worker found its shared state corrupted after a job and exited to be replaced. */
    STATE_CORRUPTED("state_corrupted", true),
    /** Exited with a status of its own ({@code System.exit}, or a normal end). */
    EXIT_CODE("exit_code", true),
    /** A signal from outside the master (an operator's kill, the kernel's OOM killer). */
    KILLED_BY_SIGNAL("killed_by_signal", false);

    private final String code;
    private final boolean implicatesRequests;

    Died(String code, boolean implicatesRequests) {
      this.code = code;
      this.implicatesRequests = implicatesRequests;
    }

    @Override
    public String code() {
      return code;
    }

    @Override
    public boolean implicatesRequests() {
      return implicatesRequests;
    }
  }

  /** The master killed it, for this reason. */
  enum Killed implements Ending {
    /** It stopped sending heartbeats. Whatever it ran may have hung it. */
    LIVENESS_TIMEOUT("liveness_timeout", "liveness timeout", true),
    /**
     * No heartbeat, and its /proc state is stopped ({@code T}): someone sent it SIGSTOP. The stall
     * is the JVM's, not a request's; it gets SIGKILL at once (a stopped process cannot act on
     * SIGTERM).
     */
    STOPPED("stopped", "stopped from outside", false),
    /** One request ran past the deadline (that one already got its 504). */
    DEADLINE("deadline", "request deadline", false),
    BOOT_TIMEOUT("boot_timeout", "boot timeout", false),
    DISCONNECTED("disconnected", "closed its connection but kept running", false),
    DRAIN_TIMEOUT("drain_timeout", "did not finish draining in time", false),
    SHUTDOWN("shutdown", "server shutdown", false);

    private final String code;
    private final String words;
    private final boolean implicatesRequests;

    Killed(String code, String words, boolean implicatesRequests) {
      this.code = code;
      this.words = words;
      this.implicatesRequests = implicatesRequests;
    }

    @Override
    public String code() {
      return code;
    }

    @Override
    public boolean implicatesRequests() {
      return implicatesRequests;
    }

    /** For the log and the crash line: {@code killed by the master (liveness timeout)}. */
    public String words() {
      return words;
    }
  }

  /** Replaced on purpose: it finished what it had and exited. */
  enum Retired implements Ending {
    RECYCLED;

    @Override
    public String code() {
      return "recycled";
    }

    @Override
    public boolean implicatesRequests() {
      return false;
    }
  }
}
