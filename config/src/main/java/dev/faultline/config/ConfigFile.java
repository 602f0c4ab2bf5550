package dev.faultline.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * A settings file ({@code serve --config FILE}): one flat YAML mapping whose keys are the flag
 * names without their dashes ({@code restart-intensity: 10}), each value a single scalar. The
 * values stay text, with the line they came from, so the command converts and checks them as it
 * does its flags, and every error names the file and the line ({@link #locate}).
 */
public final class ConfigFile {
  /** One {@code key: value} line. Lines count from 1. */
  public record Entry(String key, String value, int line) {}

  private final Path file;
  private final Map<String, Entry> entries;

  private ConfigFile(Path file, Map<String, Entry> entries) {
    this.file = file;
    this.entries = entries;
  }

  /** No file: every setting from the flags and their defaults. */
  public static ConfigFile none() {
    return new ConfigFile(null, Map.of());
  }

  public static ConfigFile read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConfigException(
          "config", "must be a readable file (" + e.getClass().getSimpleName() + ")", file);
    }
    return new ConfigFile(file, entries(file, text));
  }

  private static Map<String, Entry> entries(Path file, String text) {
    Optional<Node> root;
    try {
      root =
          new Compose(org.snakeyaml.engine.v2.api.LoadSettings.builder().build())
              .composeString(text);
    } catch (MarkedYamlEngineException e) {
      throw invalid(file, line(e.getProblemMark()), "is not valid YAML: " + e.getProblem());
    } catch (YamlEngineException e) {
      throw invalid(file, 1, "is not valid YAML: " + e.getMessage());
    }
    if (root.isEmpty()) {
      return Map.of(); // an empty file (or only comments) sets nothing
    }
    if (!(root.get() instanceof MappingNode mapping)) {
      throw invalid(file, line(root.get().getStartMark()), "must be a mapping of key: value lines");
    }
    Map<String, Entry> entries = new LinkedHashMap<>();
    for (NodeTuple t : mapping.getValue()) {
      Entry e = entry(file, t);
      Entry before = entries.putIfAbsent(e.key(), e);
      if (before != null) {
        throw located(
            file,
            e,
            new ConfigException(
                e.key(), "appears twice (first on line " + before.line() + ")", e.value()));
      }
    }
    return entries;
  }

  private static Entry entry(Path file, NodeTuple t) {
    int line = line(t.getKeyNode().getStartMark());
    if (!(t.getKeyNode() instanceof ScalarNode key)) {
      throw invalid(file, line, "keys must be plain names such as restart-intensity");
    }
    if (!(t.getValueNode() instanceof ScalarNode value)) {
      throw located(
          file,
          new Entry(key.getValue(), "", line),
          new ConfigException(
              key.getValue(),
              "must be a single value (a number, a duration such as 5s, or a word)",
              "a " + t.getValueNode().getNodeType().name().toLowerCase()));
    }
    return new Entry(key.getValue(), value.getValue(), line);
  }

  public Optional<Entry> get(String key) {
    return Optional.ofNullable(entries.get(key));
  }

  public Collection<Entry> entries() {
    return entries.values();
  }

  /**
   * The same error, said where it comes from, when its key was set in this file: {@code
   * serve.yaml:3: restart-intensity must be between 0 and 1000, but was -1}.
   */
  public ConfigException locate(ConfigException e) {
    Entry entry = entries.get(e.key());
    return entry == null ? e : located(file, entry, e);
  }

  private static ConfigException located(Path file, Entry entry, ConfigException e) {
    return e.at(file + ":" + entry.line());
  }

  private static ConfigException invalid(Path file, int line, String rule) {
    return new ConfigException("config", rule, file.toString()).at(file + ":" + line);
  }

  private static int line(Optional<Mark> mark) {
    return mark.map(m -> m.getLine() + 1).orElse(1);
  }
}
