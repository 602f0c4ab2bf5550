package dev.faultline.chaos;

import dev.faultline.config.ConfigException;
import java.util.List;

/** A fault name that is not in the catalogue; the message lists the valid ones. */
public final class UnknownFaultException extends ConfigException {
  private final List<String> valid;

  public UnknownFaultException(String name, List<String> valid) {
    super("fault", "must be one of " + String.join(", ", valid), name);
    this.valid = List.copyOf(valid);
  }

  public List<String> valid() {
    return valid;
  }
}
