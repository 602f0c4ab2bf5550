package dev.faultline.supervisor.launch;

import dev.faultline.worker.ipc.ClassCounts;
import dev.faultline.worker.ipc.StartMarks;
import io.vertx.core.json.JsonObject;

/**
 * Where one worker's start went: the master's spawn time, the marks the worker sent in its hello
 * ({@link StartMarks}, the same monotonic clock on Linux) and the moment the master handled that
 * hello, cut into phases that add up to its spawn-to-ready time, each of the worker's phases with
 * the classes its JVM loaded in it (from the counts in the marks). {@code bench overhead} prints
 * the median of each.
 */
public final class StartPhases {
  /** The phases in order, each with its key in the JSON of a {@code worker_ready} event. */
  public enum Phase {
    SPAWN_TO_MAIN("spawnToMainMs", "spawn to main (fork, exec, JVM boot, entry class)"),
    MAIN_TO_SET_UP("mainToSetUpMs", "main to set up (arguments, job service, workload)"),
    SET_UP_TO_NETTY("setUpToNettyMs", "set up to Netty ready (event loop, bootstrap)"),
    NETTY_TO_CONNECTED("nettyToConnectedMs", "Netty ready to connected to the master"),
    CONNECTED_TO_HELLO("connectedToHelloMs", "connected to hello sent"),
    HELLO_TO_READY("helloToReadyMs", "hello sent to ready (the master's side)");

    private final String key;
    private final String label;

    Phase(String key, String label) {
      this.key = key;
      this.label = label;
    }

    public String key() {
      return key;
    }

    /** The key of the classes loaded in this phase, e.g. {@code spawnToMainClasses}. */
    public String classesKey() {
      return key.substring(0, key.length() - "Ms".length()) + "Classes";
    }

    public String label() {
      return label;
    }
  }

  private StartPhases() {}

  /**
   * The phases in ms, keyed by {@link Phase#key()}; null when the marks are missing or do not fit
   * between spawn and ready (a clock that is not shared would show so).
   */
  public static JsonObject json(long spawnedAtNanos, StartMarks marks, long readyAtNanos) {
    if (!marks.isComplete()
        || marks.main() - spawnedAtNanos < 0
        || readyAtNanos - marks.helloSent() < 0) {
      return null;
    }
    long[] at = {
      spawnedAtNanos,
      marks.main(),
      marks.setUp(),
      marks.nettyReady(),
      marks.connected(),
      marks.helloSent(),
      readyAtNanos
    };
    JsonObject json = new JsonObject();
    for (Phase p : Phase.values()) {
      json.put(p.key(), (at[p.ordinal() + 1] - at[p.ordinal()]) / 1e6);
    }
    putClasses(json, marks.classes());
    return json;
  }

  /** The classes each of the worker's phases loaded; none for the master's (hello to ready). */
  private static void putClasses(JsonObject json, ClassCounts c) {
    if (!c.isComplete()) {
      return;
    }
    int[] at = {0, c.main(), c.setUp(), c.nettyReady(), c.connected(), c.helloSent()};
    for (Phase p : Phase.values()) {
      if (p != Phase.HELLO_TO_READY) {
        json.put(p.classesKey(), at[p.ordinal() + 1] - at[p.ordinal()]);
      }
    }
  }
}
