package dev.faultline.lab.dashboard;

import dev.faultline.config.Check;
import dev.faultline.config.LoadSettings;
import dev.faultline.config.Target;
import dev.faultline.config.WorkloadBounds;
import java.time.Duration;
import java.util.List;

/**
 * What the live dashboard watches and drives; validated like every settings record.
 *
 * @param chaosToken the servers' chaos token, or null: then the page's fault and load buttons are
 *     off. The page never sees it; the dashboard's server adds it to the requests it sends.
 * @param port the loopback port of the page, 0 for a free one
 * @param loadRate requests per second to each target while the page's load runs
 * @param loadDuration the longest one press of "start load" runs
 */
public record DashboardSettings(
    List<Target> targets,
    String chaosToken,
    int port,
    double loadRate,
    Duration loadDuration,
    int cost) {

  /** A free loopback port, printed. */
  public static final int DEFAULT_PORT = 0;

  public static final double DEFAULT_LOAD_RATE = 50;
  public static final Duration DEFAULT_LOAD_DURATION = Duration.ofMinutes(10);
  public static final Duration MAX_LOAD_DURATION = Duration.ofHours(1);

  public DashboardSettings {
    targets = List.copyOf(targets);
    Check.range("target count", targets.size(), 1, 8);
    Check.range("port", port, 0, 65_535);
    Check.positive("rate", loadRate);
    Check.between("load-duration", loadDuration, Duration.ofSeconds(1), MAX_LOAD_DURATION);
    WorkloadBounds.checkCost(cost);
  }

  public static DashboardSettings of(List<Target> targets, String chaosToken) {
    return new DashboardSettings(
        targets,
        chaosToken,
        0,
        DEFAULT_LOAD_RATE,
        DEFAULT_LOAD_DURATION,
        LoadSettings.DEFAULT_COST);
  }

  boolean controls() {
    return chaosToken != null && !chaosToken.isEmpty();
  }
}
