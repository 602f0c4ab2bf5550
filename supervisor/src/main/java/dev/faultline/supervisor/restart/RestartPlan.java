package dev.faultline.supervisor.restart;

/**
 * What the pool does after a worker left: start a replacement after {@code backoffMillis}, nothing,
 * or escalate for {@code reason} (the budget ran out: the pool pauses and recovers, or halts for
 * good when told to; see {@link Recovery}).
 *
 * @param restartsInPeriod restarts counted in the intensity window, this one included (0 when none
 *     was counted)
 */
public record RestartPlan(Action action, long backoffMillis, int restartsInPeriod, String reason) {

  public enum Action {
    REPLACE,
    NONE,
    ESCALATE
  }

  static RestartPlan replace(long backoffMillis, int restartsInPeriod) {
    return new RestartPlan(Action.REPLACE, backoffMillis, restartsInPeriod, "");
  }

  /**
   * The canary died: nothing is replaced here. Of something it could have caused, the pool pauses
   * again; killed from outside, which says nothing about it, another canary starts at once ({@link
   * Recovery}).
   */
  public static RestartPlan canaryLost(boolean fromOutside) {
    return none(
        fromOutside
            ? "it was the canary, ended from outside; another canary starts at once"
            : "it was the canary; the pool pauses again");
  }

  static RestartPlan none(String reason) {
    return new RestartPlan(Action.NONE, 0, 0, reason);
  }

  static RestartPlan escalate(int restartsInPeriod, String reason) {
    return new RestartPlan(Action.ESCALATE, 0, restartsInPeriod, reason);
  }
}
