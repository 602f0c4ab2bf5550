package dev.faultline.config;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code --rate} says: {@code 200} (constant), {@code 100..2000} (a linear ramp over the run)
 * or {@code max} (no schedule: as fast as the answers come, closed loop only).
 *
 * @param to equal to {@code from} for a constant rate
 */
public record RateSpec(double from, double to, boolean max) {
  private static final Pattern FORM =
      Pattern.compile("([0-9]+(?:\\.[0-9]+)?)(?:\\.\\.([0-9]+(?:\\.[0-9]+)?))?");
  private static final String RULE =
      "must be requests per second (200), a ramp FROM..TO (100..2000) or max";

  public static RateSpec parse(String key, String text) {
    String t = text == null ? "" : text.trim();
    if (t.equals("max")) {
      return new RateSpec(0, 0, true);
    }
    Matcher m = FORM.matcher(t);
    if (!m.matches()) {
      throw new ConfigException(key, RULE, text);
    }
    double from = Double.parseDouble(m.group(1));
    return new RateSpec(from, m.group(2) == null ? from : Double.parseDouble(m.group(2)), false);
  }

  public boolean ramps() {
    return !max && to != from;
  }

  /** The run's rate, as {@link LoadSettings#rate()} takes it. */
  public double startRate() {
    return max ? LoadSettings.MAX_RATE : from;
  }

  /** Closed loop with {@code connections} (0 for open loop), with this spec's ramp or max rate. */
  public LoadModel model(int connections, int maxInFlight) {
    LoadModel base = new LoadModel(0, connections, max, maxInFlight);
    return ramps() ? base.withRampTo(to) : base;
  }
}
