package dev.faultline.client;

import dev.faultline.config.Target;
import java.util.function.Consumer;

/** Sends one request to one target and reports what became of it, once, on the run's context. */
interface Sender {
  void send(Target target, PlannedRequest r, Consumer<Outcome> answered);
}
