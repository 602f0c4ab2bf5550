package dev.faultline.chaos;

import dev.faultline.config.ConfigException;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a comma-separated list of faults as typed on the command line, each a {@link FaultSpec}
 * ({@code exit}, {@code leak:mb=32}); {@code all} stands for the whole catalogue.
 */
public final class FaultNames {
  private FaultNames() {}

  /**
   * @throws ConfigException naming {@code key}, the bad item and what was expected
   */
  public static List<String> parseList(String key, String text) {
    if (text == null || text.isBlank() || text.trim().equalsIgnoreCase("none")) {
      return List.of();
    }
    if (text.trim().equals("all")) {
      return FaultCatalogue.names();
    }
    List<String> specs =
        Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    for (String spec : specs) {
      check(key, spec);
    }
    return specs;
  }

  private static void check(String key, String spec) {
    try {
      FaultSpec.parse(spec);
    } catch (UnknownFaultException e) {
      throw new ConfigException(
          key, "must list faults from " + String.join(", ", FaultCatalogue.names()), e.value());
    } catch (BadFaultParameterException e) {
      throw e.about(key);
    }
  }
}
