package dev.faultline.supervisor.restart;

/**
 * What the pool does after a worker left: start a replacement after {@code backoffMillis}, nothing,
 * or halt (escalate) for {@code reason}.
 *
 * @param restartsInPeriod restarts counted in the intensity window, this one included (0 when none
 *     was counted)
 */
public record RestartPlan(Action action, long backoffMillis, int restartsInPeriod, String reason) {

  public enum Action {
    REPLACE,
    NONE,
    HALT
  }

  static RestartPlan replace(long backoffMillis, int restartsInPeriod) {
    return new RestartPlan(Action.REPLACE, backoffMillis, restartsInPeriod, "");
  }

  static RestartPlan none(String reason) {
    return new RestartPlan(Action.NONE, 0, 0, reason);
  }

  static RestartPlan halt(int restartsInPeriod, String reason) {
    return new RestartPlan(Action.HALT, 0, restartsInPeriod, reason);
  }
}
