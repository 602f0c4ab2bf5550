package dev.faultline.lab.bench;

import dev.faultline.config.Check;
import dev.faultline.config.ConfigException;
import dev.faultline.lab.bench.part.Part;
import dev.faultline.lab.bench.part.PartSettings;
import dev.faultline.lab.bench.part.Parts;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What {@code faultline bench} runs.
 *
 * @param parts the parts, in order
 * @param timeLimit all parts together; each part also has its own bound
 * @param reportJson null for none
 * @param reportMd null for none
 * @param reportHtml null for none
 */
public record BenchSettings(
    List<Part> parts,
    PartSettings partSettings,
    Duration timeLimit,
    Path reportJson,
    Path reportMd,
    Path reportHtml,
    Path runDir) {

  /** Under the 5 minutes the issue allows, with room for the JVM's own start and the reports. */
  public static final String DEFAULT_TIME_LIMIT = "280s";

  public BenchSettings {
    parts = List.copyOf(parts);
    Check.atLeast("time-limit", timeLimit, Duration.ofSeconds(10));
    Check.present("run-dir", runDir);
  }

  /** {@code all} or one part's name. */
  public static List<Part> parseParts(String text) {
    if (text.equals("all")) {
      return Parts.ALL;
    }
    Part p = Parts.named(text);
    if (p == null) {
      throw new ConfigException("part", "must be one of " + Parts.names(), text);
    }
    return List.of(p);
  }
}
