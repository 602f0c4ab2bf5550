package dev.faultline.lab.bench.part;

import dev.faultline.lab.bench.verdict.LessonClaim;
import java.time.Duration;

/** One part of {@code faultline bench}: it measures, and judges its claim with the claim's rule. */
public interface Part {
  /** Its name on the command line: {@code ipc}. */
  String name();

  /** The claim it measures, or null for a part that measures something else. */
  LessonClaim claim();

  /** The longest it may run; the runner stops it there and ends its children. */
  Duration bound();

  PartResult run(PartContext ctx) throws Exception;
}
