package dev.faultline.lab.bench.part;

import dev.faultline.lab.bench.proc.Children;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * What a running part gets: its bounds, its children (all ended when it ends), a directory of its
 * own and a line printer for live progress.
 */
public record PartContext(
    PartSettings settings, Children children, Path dir, Consumer<String> progress) {
  public void say(String line) {
    progress.accept(line);
  }
}
