package dev.faultline.lab.cli;

import dev.faultline.lab.bench.BenchSettings;
import dev.faultline.lab.bench.part.PartSettings;
import dev.faultline.lab.dashboard.DashboardSettings;
import dev.faultline.lab.demo.DemoSettings;
import dev.faultline.lab.matrix.MatrixSettings;
import dev.faultline.lab.soak.SoakSettings;
import dev.faultline.server.HarnessCommands;
import java.util.List;
import java.util.Map;

/**
 * The lab's commands, as {@code faultline} lists them: {@code demo} first, then (after the server's
 * own) {@code load}, {@code matrix}, {@code dashboard}, {@code bench}, {@code soak}. Found by the
 * server's entry point through {@code META-INF/services}.
 */
public final class LabCommands implements HarnessCommands {
  /** Where a lab command's default differs from the server's, or only it has the flag. */
  private static final Map<String, Map<String, Object>> DEFAULTS =
      Map.of(
          "demo",
          Map.of(
              "--modes", DemoSettings.DEFAULT_MODES,
              "--warmup", DemoSettings.DEFAULT_WARMUP,
              "--faults", DemoSettings.DEFAULT_FAULTS),
          "dashboard",
          Map.of(
              "--port", DashboardSettings.DEFAULT_PORT,
              "--rate", DashboardSettings.DEFAULT_LOAD_RATE,
              "--load-duration", DashboardSettings.DEFAULT_LOAD_DURATION),
          "matrix",
          Map.of(
              "--modes", MatrixSettings.DEFAULT_MODES,
              "--workers", MatrixSettings.DEFAULT_WORKERS,
              "--rate", MatrixSettings.DEFAULT_RATE,
              "--warmup", MatrixSettings.DEFAULT_WARMUP,
              "--baseline", MatrixSettings.DEFAULT_BASELINE,
              "--window", MatrixSettings.DEFAULT_WINDOW,
              "--timeout", MatrixSettings.DEFAULT_TIMEOUT,
              "--stuck-after", MatrixSettings.DEFAULT_STUCK_AFTER,
              "--max-open-files", MatrixSettings.DEFAULT_MAX_OPEN_FILES),
          "soak",
          Map.of(
              "--crashes", SoakSettings.DEFAULT_CRASHES,
              "--workers", SoakSettings.DEFAULT_WORKERS,
              "--rate", SoakSettings.DEFAULT_RATE),
          "bench",
          Map.of(
              "--time-limit", BenchSettings.DEFAULT_TIME_LIMIT,
              "--ipc-time", PartSettings.DEFAULT_IPC_TIME,
              "--round-trips", PartSettings.DEFAULT_ROUND_TRIPS,
              "--jvm-starts", PartSettings.DEFAULT_JVM_STARTS,
              "--load-duration", PartSettings.DEFAULT_LOAD_DURATION,
              "--rate", PartSettings.DEFAULT_RATE,
              "--workers", PartSettings.DEFAULT_WORKERS,
              "--sync-increments", PartSettings.DEFAULT_SYNC_INCREMENTS,
              "--matrix-window", PartSettings.DEFAULT_MATRIX_WINDOW));

  @Override
  public Object lead() {
    return new DemoCommand();
  }

  @Override
  public List<Object> others() {
    return List.of(
        new LoadCommand(),
        new MatrixCommand(),
        new DashboardCommand(),
        new BenchCommand(),
        new SoakCommand());
  }

  @Override
  public Map<String, Map<String, Object>> defaults() {
    return DEFAULTS;
  }
}
