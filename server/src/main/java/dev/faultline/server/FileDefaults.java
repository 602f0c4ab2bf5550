package dev.faultline.server;

import dev.faultline.config.ConfigException;
import dev.faultline.config.ConfigFile;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * A {@code --config} file fills the options the command line left unset: a flag always wins over
 * the file, the file over the built-in default. A file value goes through the same converter as the
 * flag's text would, so both fail the same way; the file's errors name file and line.
 */
final class FileDefaults {
  private FileDefaults() {}

  static void apply(ConfigFile file, CommandSpec spec, ParseResult parsed) {
    for (ConfigFile.Entry e : file.entries()) {
      OptionSpec option = settable(spec, e.key());
      if (option == null) {
        throw file.locate(
            new ConfigException(
                e.key(),
                "is not a setting of " + spec.name() + " (known: " + known(spec) + ")",
                e.value()));
      }
      if (!parsed.hasMatchedOption(option)) {
        option.setValue(convert(file, option, e));
      }
    }
  }

  private static OptionSpec settable(CommandSpec spec, String key) {
    OptionSpec option = spec.findOption("--" + key);
    boolean fileOnly =
        option != null && (option.hidden() || option.usageHelp() || option.versionHelp());
    return option == null || fileOnly || key.equals("config") ? null : option;
  }

  private static String known(CommandSpec spec) {
    return spec.options().stream()
        .filter(o -> !o.hidden() && !o.usageHelp() && !o.versionHelp())
        .map(o -> o.longestName().substring(2))
        .filter(k -> !k.equals("config"))
        .collect(Collectors.joining(", "));
  }

  private static Object convert(ConfigFile file, OptionSpec option, ConfigFile.Entry e) {
    try {
      return parse(option, e.value().trim());
    } catch (Exception failure) {
      throw file.locate(
          new ConfigException(
              e.key(), "must be " + expected(option) + accepted(option), e.value()));
    }
  }

  private static Object parse(OptionSpec option, String text) throws Exception {
    ITypeConverter<?>[] converters = option.converters();
    if (converters != null && converters.length > 0) {
      return converters[0].convert(text);
    }
    Class<?> type = option.type();
    if (type == int.class || type == Integer.class) {
      return Integer.parseInt(text);
    } else if (type == long.class || type == Long.class) {
      return Long.parseLong(text);
    } else if (type == double.class || type == Double.class) {
      return Double.parseDouble(text);
    } else if (type == boolean.class || type == Boolean.class) {
      return booleanOf(text);
    } else if (type == Path.class) {
      return Path.of(text);
    }
    return text;
  }

  private static boolean booleanOf(String text) {
    if (List.of("true", "false").contains(text)) {
      return Boolean.parseBoolean(text);
    }
    throw new IllegalArgumentException(text);
  }

  private static String expected(OptionSpec option) {
    Class<?> type = option.type();
    if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
      return "a whole number";
    } else if (type == double.class || type == Double.class) {
      return "a number";
    } else if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    return "a duration like 500ms, 30s, 2m or 1h";
  }

  /** The accepted values as the flag's help states them ({@code (default: 10, 0-1000)}). */
  private static String accepted(OptionSpec option) {
    String help = String.join(" ", option.description());
    int open = help.lastIndexOf("(default");
    int close = help.lastIndexOf(')');
    return open < 0 || close < open
        ? ""
        : " "
            + help.substring(open, close + 1)
                .replace("${DEFAULT-VALUE}", option.defaultValueString());
  }
}
