package dev.faultline.chaos;

/**
 * A fault that cannot do its damage on this JVM (the segfault fault where {@code sun.misc.Unsafe}
 * memory access is denied): the request fails with the fault's name and the reason instead of
 * passing as if the fault had run.
 */
public final class FaultUnavailableException extends RuntimeException {
  public FaultUnavailableException(String fault, String reason) {
    super("fault '" + fault + "' cannot run here: " + reason);
  }
}
