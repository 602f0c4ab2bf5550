package dev.faultline.chaos;

/**
 * Throws from the workload: a control. Both modes contain it, because an exception unwinds only the
 * stack of the thread that threw it; the request gets a 500 and nothing else notices.
 */
final class ThrownException implements Fault {

  @Override
  public String name() {
    return "exception";
  }

  @Override
  public String summary() {
    return "throws an exception (control: both modes contain it, 500 for that request only)";
  }

  @Override
  public String threadMode() {
    return "500 for that request only";
  }

  @Override
  public String processMode() {
    return "500 for that request only";
  }

  @Override
  public void inject(FaultArgs args, UnitState unit) {
    throw new InjectedFaultException("injected by fault 'exception'");
  }
}
