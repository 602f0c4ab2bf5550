package dev.faultline.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * One run of the load client. The run is bounded twice: by {@code duration} and by the request
 * count that {@code rate x duration} implies; it always stops by itself.
 *
 * @param faults fault names to inject on the schedule, empty for none (checked against the
 *     catalogue by the chaos module, which owns the names)
 * @param chaosToken required when {@code faults} is not empty
 * @param reportJson null for no JSON report
 * @param model how requests are paced: open loop (the default), closed loop, ramp, max rate
 */
public record LoadSettings(
    List<Target> targets,
    double rate,
    Duration duration,
    int cost,
    List<String> faults,
    Duration faultEvery,
    long seed,
    String chaosToken,
    Duration timeout,
    Path reportJson,
    LoadModel model) {

  public static final double DEFAULT_RATE = 100;
  public static final double MAX_RATE = 50_000;
  public static final Duration DEFAULT_DURATION = Duration.ofSeconds(30);
  public static final Duration MAX_DURATION = Duration.ofHours(1);
  public static final int DEFAULT_COST = 10;
  public static final Duration DEFAULT_FAULT_EVERY = Duration.ofSeconds(5);
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
  public static final int MAX_TARGETS = 8;

  /** The plan is built up front; this bounds its memory (about 50 bytes a request). */
  public static final long MAX_PLANNED_REQUESTS = 2_000_000;

  public LoadSettings {
    Check.present("target", targets);
    if (targets.isEmpty() || targets.size() > MAX_TARGETS) {
      throw new ConfigException(
          "target", "must be given 1 to " + MAX_TARGETS + " times", targets.size() + " targets");
    }
    if (targets.stream().map(Target::name).distinct().count() != targets.size()) {
      throw new ConfigException(
          "target", "names must be distinct", targets.stream().map(Target::name).toList());
    }
    targets = List.copyOf(targets);
    Check.positive("rate", rate);
    if (rate > MAX_RATE) {
      throw new ConfigException("rate", "must be <= " + (long) MAX_RATE, rate);
    }
    Check.atLeast("duration", duration, Duration.ofSeconds(1));
    if (duration.compareTo(MAX_DURATION) > 0) {
      throw new ConfigException("duration", "must be <= 1h", Durations.format(duration));
    }
    WorkloadBounds.checkCost(cost);
    model = model == null ? LoadModel.OPEN_LOOP : model;
    long planned = planned(rate, duration, model);
    if (!model.maxRate() && planned > MAX_PLANNED_REQUESTS) {
      throw new ConfigException(
          "duration",
          "x rate must stay <= "
              + MAX_PLANNED_REQUESTS
              + " requests per target; lower --rate or --duration",
          planned + " requests");
    }
    faults = List.copyOf(Check.present("faults", faults));
    Check.atLeast("fault-every", faultEvery, Duration.ofMillis(100));
    if (!faults.isEmpty() && (chaosToken == null || chaosToken.isBlank())) {
      throw new ConfigException("chaos-token", "is required when --faults is given", "nothing");
    }
    Check.atLeast("timeout", timeout, Duration.ofMillis(10));
    if (model.maxRate() && !faults.isEmpty()) {
      throw new ConfigException("faults", "need a paced --rate, not max", String.join(",", faults));
    }
  }

  /** Open loop at a constant rate: the walking skeleton's settings. */
  public LoadSettings(
      List<Target> targets,
      double rate,
      Duration duration,
      int cost,
      List<String> faults,
      Duration faultEvery,
      long seed,
      String chaosToken,
      Duration timeout,
      Path reportJson) {
    this(
        targets,
        rate,
        duration,
        cost,
        faults,
        faultEvery,
        seed,
        chaosToken,
        timeout,
        reportJson,
        LoadModel.OPEN_LOOP);
  }

  public LoadSettings withModel(LoadModel other) {
    return new LoadSettings(
        targets,
        rate,
        duration,
        cost,
        faults,
        faultEvery,
        seed,
        chaosToken,
        timeout,
        reportJson,
        other);
  }

  /** The rate at the end of the run: {@link #rate()} unless the model ramps. */
  public double endRate() {
    return model.ramps() ? model.rampTo() : rate;
  }

  /**
   * The hard upper bound on planned requests per target, whatever the scheduler does: rate x
   * duration (the mean rate for a ramp); for max rate, {@link #MAX_PLANNED_REQUESTS}.
   */
  public long plannedRequests() {
    return planned(rate, duration, model);
  }

  private static long planned(double rate, Duration duration, LoadModel model) {
    if (model.maxRate()) {
      return MAX_PLANNED_REQUESTS;
    }
    double end = model.ramps() ? model.rampTo() : rate;
    return (long) Math.ceil((rate + end) / 2 * duration.toMillis() / 1000.0);
  }
}
