package dev.faultline.chaos;

/**
 * Recurses without end until the serving thread's stack overflows. A control: the JVM turns it into
 * a {@code StackOverflowError} on that thread only (each thread has its own stack, guarded by a
 * page the JVM watches), the error unwinds that stack, and the request gets a 500 in both modes;
 * nothing else notices.
 */
final class StackOverflow implements Fault {

  @Override
  public String name() {
    return "stack-overflow";
  }

  @Override
  public String summary() {
    return "recurses until StackOverflowError (control: the JVM contains it, 500 for that request only)";
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
    descend(0);
  }

  private static long descend(long depth) {
    return descend(depth + 1) + depth; // not a tail call: every frame stays on the stack
  }
}
