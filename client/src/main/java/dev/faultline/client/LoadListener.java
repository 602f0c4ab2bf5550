package dev.faultline.client;

/**
 * Hears a {@link LoadRun} as it goes, request by request, for a caller that decides things while
 * the load runs (the fault matrix injects once the baseline is answered). Called on the run's own
 * Vert.x context, so it needs no locks, and a timer it sets from {@link #started} runs on that
 * context too.
 */
public interface LoadListener {
  LoadListener NONE = answer -> {};

  /** The run began at {@code startNanos} ({@link System#nanoTime()}); due times count from it. */
  default void started(long startNanos) {}

  /** One request's outcome, once known: answered, failed, or never sent. */
  void answered(Answer answer);
}
