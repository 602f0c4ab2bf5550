package dev.faultline.lab.docs;

import dev.faultline.server.Main;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * A command's flag table, from the jar's own command line ({@link Main#commandLine()}): each option
 * and parameter as picocli's {@link CommandSpec} has it, its default as the default provider gives
 * it (the config records' constants, a harness's own), its text as {@code --help} shows it. Hidden
 * options stay hidden.
 */
final class FlagTable {
  private FlagTable() {}

  /** The names of the commands that have a table, in {@code --help} order. */
  static List<String> commands() {
    return Main.commandLine().getSubcommands().keySet().stream()
        .filter(name -> !name.equals("help"))
        .toList();
  }

  static String render(String command) {
    CommandSpec spec = Main.commandLine().getSubcommands().get(command).getCommandSpec();
    StringBuilder table =
        new StringBuilder("| flag | default | what `--help` says |\n|---|---|---|\n");
    spec.positionalParameters().stream()
        .filter(p -> !p.hidden())
        .forEach(p -> table.append(row(p.paramLabel(), p)));
    spec.options().stream()
        .filter(o -> !o.hidden() && !o.usageHelp() && !o.versionHelp())
        .sorted((a, b) -> a.longestName().compareTo(b.longestName()))
        .forEach(o -> table.append(row(o.longestName(), o)));
    return table.toString();
  }

  private static String row(String name, ArgSpec arg) {
    return "| `" + name + "` | " + shownDefault(arg) + " | " + help(arg) + " |\n";
  }

  private static String shownDefault(ArgSpec arg) {
    String value = arg.defaultValueString();
    if (arg instanceof OptionSpec o && o.arity().max() == 0) {
      return "true".equals(value) ? "on" : "off";
    }
    return value == null || value.isEmpty() || value.equals("null") || value.equals("[]")
        ? ""
        : "`" + cell(value) + "`";
  }

  /** The description as {@code --help} renders it, on one line. */
  private static String help(ArgSpec arg) {
    String candidates =
        arg.completionCandidates() == null
            ? ""
            : StreamSupport.stream(arg.completionCandidates().spliterator(), false)
                .collect(Collectors.joining(", "));
    String text =
        String.join(" ", arg.description())
            .replace("${DEFAULT-VALUE}", nullToEmpty(arg.defaultValueString()))
            .replace("${COMPLETION-CANDIDATES}", candidates);
    return cell(text.replaceAll("\\s+", " ").strip());
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }
}
