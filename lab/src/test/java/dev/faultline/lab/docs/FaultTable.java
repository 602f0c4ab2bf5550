package dev.faultline.lab.docs;

import dev.faultline.chaos.Fault;
import dev.faultline.chaos.FaultCatalogue;
import dev.faultline.chaos.FaultParameter;
import java.util.stream.Collectors;

/** The fault catalogue's table, from {@link FaultCatalogue}: what each fault says of itself. */
final class FaultTable {
  private FaultTable() {}

  static String render() {
    StringBuilder table =
        new StringBuilder(
            "| name | what it does in the serving unit | thread mode | process mode |\n"
                + "|---|---|---|---|\n");
    for (Fault f : FaultCatalogue.all()) {
      table.append(
          String.join(
              " | ",
              "| `" + spelled(f) + "`",
              described(f),
              f.threadMode(),
              f.processMode() + " |\n"));
    }
    return table.toString();
  }

  /** {@code leak:mb=N}: as a request or {@code --faults} writes it. */
  private static String spelled(Fault f) {
    return f.name()
        + f.parameters().stream()
            .map(p -> p.name() + "=N")
            .collect(Collectors.joining(",", f.parameters().isEmpty() ? "" : ":", ""));
  }

  private static String described(Fault f) {
    String params =
        f.parameters().stream().map(FaultParameter::describe).collect(Collectors.joining(", "));
    return (f.summary() + (params.isEmpty() ? "" : "; " + params)).replace("|", "\\|");
  }
}
