package dev.faultline.lab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.config.LoadModel;
import dev.faultline.config.LoadSettings;
import dev.faultline.config.ServerSettings;
import dev.faultline.lab.demo.DemoSettings;
import dev.faultline.lab.matrix.MatrixSettings;
import dev.faultline.server.Main;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every CLI default comes from config, once, and per command where commands differ: the lab's
 * commands get theirs through the server's entry point.
 */
class ConfigDefaultsTest {
  /** Defaults that are keywords of the CLI, not copies of a setting. */
  private static final Set<String> KEYWORD_DEFAULTS =
      Set.of("load --connections", "load --warmup", "load --faults", "matrix --faults");

  private static <T> T parsed(String command, String... args) {
    CommandLine cl = Main.commandLine();
    List<String> all = new java.util.ArrayList<>(List.of(command));
    all.addAll(List.of(args));
    cl.parseArgs(all.toArray(String[]::new));
    return cl.getSubcommands().get(command).getCommand();
  }

  @Test
  void shouldTakeTheDemoDefaultsFromConfig() {
    DemoCommand demo = parsed("demo");

    assertThat(demo.modes.value).isEqualTo(DemoSettings.DEFAULT_MODES).isEqualTo("thread,process");
    assertThat(demo.duration).isEqualTo(LoadSettings.DEFAULT_DURATION);
    assertThat(demo.warmup).isEqualTo(DemoSettings.DEFAULT_WARMUP);
    assertThat(demo.rate).isEqualTo(LoadSettings.DEFAULT_RATE);
    assertThat(demo.servers.workers).isEqualTo(ServerSettings.DEFAULT_UNITS);
    assertThat(demo.servers.unitHeapMb).isEqualTo(ServerSettings.DEFAULT_UNIT_HEAP_MB);
    assertThat(demo.cost.value).isEqualTo(LoadSettings.DEFAULT_COST);
    assertThat(demo.faults).isEqualTo(DemoSettings.DEFAULT_FAULTS);
    assertThat(demo.faultEvery.value).isEqualTo(LoadSettings.DEFAULT_FAULT_EVERY);
  }

  @Test
  void shouldTakeTheMatrixDefaultsFromConfigWhereTheyDifferFromTheDemo() {
    MatrixCommand matrix = parsed("matrix");

    assertThat(matrix.servers.workers).isEqualTo(MatrixSettings.DEFAULT_WORKERS);
    assertThat(matrix.rate).isEqualTo(MatrixSettings.DEFAULT_RATE);
    assertThat(matrix.timeout).isEqualTo(Duration.ofSeconds(3));
    assertThat(matrix.window).isEqualTo(Duration.ofSeconds(6));
    assertThat(matrix.cost.value).isEqualTo(LoadSettings.DEFAULT_COST);
    assertThat(matrix.maxOpenFiles).isEqualTo(MatrixSettings.DEFAULT_MAX_OPEN_FILES);
  }

  @Test
  void shouldTakeTheLoadDefaultsFromConfig() {
    LoadCommand load = parsed("load", "--target", "a=http://127.0.0.1:1");

    assertThat(load.rate).isEqualTo("100");
    assertThat(load.timeout).isEqualTo(LoadSettings.DEFAULT_TIMEOUT);
    assertThat(load.maxInFlight).isEqualTo(LoadModel.DEFAULT_MAX_IN_FLIGHT);
    assertThat(load.duration).isEqualTo(LoadSettings.DEFAULT_DURATION);
    assertThat(load.warmup).isZero();
  }

  @Test
  void shouldWriteNoSettingsDefaultInAnAnnotation() {
    CommandLine main = Main.commandLine();
    List<String> literal =
        main.getSubcommands().values().stream()
            .flatMap(
                c ->
                    c.getCommandSpec().options().stream()
                        .filter(o -> o.defaultValue() != null)
                        .map(o -> c.getCommandName() + " " + o.longestName()))
            .filter(name -> !KEYWORD_DEFAULTS.contains(name))
            .toList();

    assertThat(literal).as("defaults belong in ConfigDefaults, from config").isEmpty();
  }
}
