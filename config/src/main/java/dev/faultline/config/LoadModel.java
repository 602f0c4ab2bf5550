package dev.faultline.config;

/**
 * How the load client paces its requests, per target.
 *
 * <ul>
 *   <li>open loop (the default): every request leaves at its scheduled moment, answered or not; at
 *       most {@code maxInFlight} are outstanding, a request due beyond that waits and counts as
 *       late;
 *   <li>closed loop ({@code connections > 0}): at most {@code connections} outstanding, so a
 *       stalled server stops the client sending; kept to show the coordinated-omission bias;
 *   <li>max rate ({@code maxRate}): closed loop without a schedule; each connection sends its next
 *       request as soon as its answer is in (for benchmarks).
 * </ul>
 *
 * @param rampTo the rate at the end of the run for a linear ramp from the run's rate; 0 for a
 *     constant rate
 */
public record LoadModel(double rampTo, int connections, boolean maxRate, int maxInFlight) {
  public static final int DEFAULT_MAX_IN_FLIGHT = 2_000;

  /** Each outstanding request holds a socket: this keeps the client well inside the fd limit. */
  public static final int MAX_SOCKETS = 5_000;

  public static final LoadModel OPEN_LOOP = new LoadModel(0, 0, false, DEFAULT_MAX_IN_FLIGHT);

  public LoadModel {
    if (rampTo != 0) {
      Check.positive("rate", rampTo);
      if (rampTo > LoadSettings.MAX_RATE) {
        throw new ConfigException(
            "rate", "ramp end must be <= " + (long) LoadSettings.MAX_RATE, rampTo);
      }
    }
    Check.range("connections", connections, 0, MAX_SOCKETS);
    Check.range("max-in-flight", maxInFlight, 1, MAX_SOCKETS);
    if (maxRate && connections == 0) {
      throw new ConfigException("rate", "max needs --connections (a closed loop)", "max");
    }
    if (maxRate && rampTo != 0) {
      throw new ConfigException("rate", "max cannot ramp", "max.." + rampTo);
    }
  }

  public static LoadModel closedLoop(int connections) {
    return new LoadModel(0, connections, false, DEFAULT_MAX_IN_FLIGHT);
  }

  public static LoadModel maxRate(int connections) {
    return new LoadModel(0, connections, true, DEFAULT_MAX_IN_FLIGHT);
  }

  public LoadModel withRampTo(double rate) {
    return new LoadModel(rate, connections, maxRate, maxInFlight);
  }

  public LoadModel withMaxInFlight(int limit) {
    return new LoadModel(rampTo, connections, maxRate, limit);
  }

  public boolean closed() {
    return connections > 0;
  }

  public boolean ramps() {
    return rampTo != 0;
  }

  /**
   * Outstanding requests per target: the connections in a closed loop, else the in-flight bound.
   */
  public int inFlightLimit() {
    return closed() ? connections : maxInFlight;
  }

  /** {@code open loop}, {@code closed loop, 8 connections}, {@code max rate, 50 connections}. */
  public String describe() {
    String c = connections + (connections == 1 ? " connection" : " connections");
    if (maxRate) {
      return "max rate, " + c;
    }
    return closed() ? "closed loop, " + c : "open loop";
  }
}
