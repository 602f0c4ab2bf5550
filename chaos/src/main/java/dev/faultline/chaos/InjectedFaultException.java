package dev.faultline.chaos;

/** Thrown by faults that fail one request on purpose, so it can be told from a real bug. */
public final class InjectedFaultException extends RuntimeException {
  public InjectedFaultException(String message) {
    super(message);
  }
}
