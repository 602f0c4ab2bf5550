package dev.faultline.lab.bench.part;

import dev.faultline.lab.bench.proc.Children;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * What a running part gets: its bounds, its children (all ended when it ends), a directory of its
 * own, a line printer for live progress, and the moment ({@link System#nanoTime()}) the runner
 * stops it, so a part made of steps can stop early with what it has.
 */
public record PartContext(
    PartSettings settings,
    Children children,
    Path dir,
    Consumer<String> progress,
    long deadlineNanos) {
  /** Time left before the runner stops this part. */
  public Duration left() {
    return Duration.ofNanos(Math.max(0, deadlineNanos - System.nanoTime()));
  }

  public void say(String line) {
    progress.accept(line);
  }
}
