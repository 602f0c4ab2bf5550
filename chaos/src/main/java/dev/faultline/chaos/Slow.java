package dev.faultline.chaos;

import java.util.List;

/**
 * Sleeps {@code seconds} (1 to 60, default 3) on the serving thread, then answers normally: a slow
 * dependency. Both modes contain it: a sleeping thread holds no lock and burns no CPU, so only the
 * unit it sleeps in is busy meanwhile, in thread mode one pool thread, in process mode one worker.
 * An interrupt ends the sleep early.
 */
final class Slow implements Fault {
  static final FaultParameter SECONDS = new FaultParameter("seconds", 1, 60, 3, "s");

  @Override
  public String name() {
    return "slow";
  }

  @Override
  public String summary() {
    return "sleeps a number of seconds, then answers (control: both modes contain it)";
  }

  @Override
  public String threadMode() {
    return "one thread busy meanwhile";
  }

  @Override
  public String processMode() {
    return "one worker busy meanwhile";
  }

  @Override
  public List<FaultParameter> parameters() {
    return List.of(SECONDS);
  }

  @Override
  public void inject(FaultArgs args, UnitState unit) {
    try {
      Thread.sleep(args.get(SECONDS.name()) * 1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
