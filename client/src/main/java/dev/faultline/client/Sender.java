package dev.faultline.client;

import dev.faultline.config.Target;

/** Sends one request to one target and reports what became of it, once, on the run's context. */
interface Sender {
  void send(Target target, PlannedRequest r, Answered answered);

  /** What became of a request, and when its answer (or failure) arrived. */
  @FunctionalInterface
  interface Answered {
    /**
     * @param arrivedNanos {@link System#nanoTime()} when the answer arrived, which may be before
     *     its judgement (that can wait for the expected digest)
     */
    void accept(Outcome outcome, long arrivedNanos);
  }
}
