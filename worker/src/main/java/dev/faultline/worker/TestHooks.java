package dev.faultline.worker;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * Test hooks: misbehaviour the integration tests need and the fault catalogue does not (yet) offer,
 * switched on only by the environment variable {@value #ENV} that the master passes to its workers
 * when started with the hidden {@code serve --test-hook} flag. Off in every normal run.
 *
 * <pre>
 * boot-exit-if=PATH   exit 78 before connecting to the master while PATH exists (a boot failure)
 * stall-loop-on=N     a job with input N spins the worker's IPC event loop: no heartbeat, no reads
 * spin-job-on=N       a job with input N spins its job thread forever, ignoring interrupts
 * sleep-job-on=N:MS   a job with input N sleeps MS milliseconds, then computes as usual
 * </pre>
 *
 * Items are comma-separated, e.g. {@code stall-loop-on=13,spin-job-on=14}.
 */
final class TestHooks {
  static final String ENV = "FAULTLINE_TEST_HOOK";

  private static volatile boolean forever = true;

  private final Map<String, String> items;

  TestHooks(String spec) {
    this.items = parse(spec == null ? "" : spec);
  }

  static TestHooks fromEnvironment() {
    return new TestHooks(System.getenv(ENV));
  }

  private static Map<String, String> parse(String spec) {
    Map<String, String> m = new HashMap<>();
    for (String item : spec.split(",")) {
      int eq = item.indexOf('=');
      if (eq > 0) {
        m.put(item.substring(0, eq).trim(), item.substring(eq + 1).trim());
      }
    }
    return m;
  }

  boolean refusesToBoot() {
    String path = items.get("boot-exit-if");
    return path != null && Files.exists(Path.of(path));
  }

  boolean stallsLoop(long input) {
    return matches("stall-loop-on", input);
  }

  /** Runs on the job thread before the workload: may spin or sleep, as configured. */
  void beforeJob(long input) {
    if (matches("spin-job-on", input)) {
      spin();
    }
    String sleep = items.get("sleep-job-on");
    if (sleep != null && sleep.startsWith(input + ":")) {
      LockSupport.parkNanos(Long.parseLong(sleep.substring(sleep.indexOf(':') + 1)) * 1_000_000L);
    }
  }

  private boolean matches(String key, long input) {
    return String.valueOf(input).equals(items.get(key));
  }

  /** Burns a CPU until the process dies; interrupts do not stop it. */
  static long spin() {
    long n = 0;
    while (forever) {
      n++;
    }
    return n;
  }
}
