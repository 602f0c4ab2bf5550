package dev.faultline.lab.demo;

import dev.faultline.config.Check;
import dev.faultline.config.ConfigException;
import dev.faultline.config.Mode;
import dev.faultline.config.ServerSettings;
import dev.faultline.config.WorkloadBounds;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What {@code faultline demo} runs; validated like every settings record.
 *
 * @param modes the servers it runs side by side, one per mode, named after it
 * @param reportHtml null for no HTML report
 */
public record DemoSettings(
    List<Mode> modes,
    Duration duration,
    Duration warmup,
    double rate,
    int workers,
    int unitHeapMb,
    int cost,
    List<String> faults,
    Duration faultEvery,
    long seed,
    Path reportJson,
    Path runDir,
    Path reportHtml) {

  /**
   * The contrast the demo exists for; {@code --modes thread,process,cluster} adds the third rung.
   */
  public static final String DEFAULT_MODES = "thread,process";

  public static final String DEFAULT_FAULTS = "segfault,exit,oom,exception";

  /** Enough for both servers' JIT to compile the request path before anything is counted. */
  public static final Duration DEFAULT_WARMUP = Duration.ofSeconds(3);

  public DemoSettings {
    Check.present("modes", modes);
    if (modes.isEmpty()) {
      throw new ConfigException("modes", "names at least one mode", "");
    }
    modes = List.copyOf(modes);
    Check.atLeast("duration", duration, Duration.ofSeconds(1));
    if (!warmup.isZero()) {
      Check.atLeast("warmup", warmup, Duration.ofSeconds(1));
    }
    Check.positive("rate", rate);
    Check.range("workers", workers, 1, ServerSettings.MAX_UNITS);
    Check.range(
        "unit-heap-mb",
        unitHeapMb,
        ServerSettings.MIN_UNIT_HEAP_MB,
        ServerSettings.MAX_UNIT_HEAP_MB);
    WorkloadBounds.checkCost(cost);
    faults = List.copyOf(faults);
    Check.atLeast("fault-every", faultEvery, Duration.ofMillis(100));
    Check.present("run-dir", runDir);
  }
}
