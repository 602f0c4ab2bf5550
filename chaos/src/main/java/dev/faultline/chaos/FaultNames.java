package dev.faultline.chaos;

import dev.faultline.config.ConfigException;
import java.util.Arrays;
import java.util.List;

/** Reads a comma-separated list of fault names as typed on the command line. */
public final class FaultNames {
  private FaultNames() {}

  /** @throws ConfigException naming {@code key}, the bad name and the valid ones */
  public static List<String> parseList(String key, String text) {
    if (text == null || text.isBlank() || text.trim().equalsIgnoreCase("none")) {
      return List.of();
    }
    List<String> names = Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    for (String name : names) {
      if (!FaultCatalogue.names().contains(name)) {
        throw new ConfigException(key, "must list faults from " + String.join(", ", FaultCatalogue.names()), name);
      }
    }
    return names;
  }
}
