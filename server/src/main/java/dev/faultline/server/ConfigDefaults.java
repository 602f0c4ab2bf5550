package dev.faultline.server;

import static java.util.Map.entry;

import dev.faultline.config.ClusterSettings;
import dev.faultline.config.Durations;
import dev.faultline.config.IpcTransport;
import dev.faultline.config.LoadModel;
import dev.faultline.config.LoadSettings;
import dev.faultline.config.Recycling;
import dev.faultline.config.RestartPolicy;
import dev.faultline.config.ServerSettings;
import dev.faultline.config.Supervision;
import dev.faultline.config.WorkerTimeouts;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every CLI default that stands for a setting, read from the config constant (or the defaults
 * record) that defines it, so each default is written once; {@code --help} shows it through {@code
 * ${DEFAULT-VALUE}}. A flag several commands share may default differently per command (the matrix
 * runs fewer units at a lower rate than the demo): the harness that owns such a command gives those
 * ({@link HarnessCommands#defaults()}). Flags whose default is a keyword rather than a setting
 * ({@code --faults none}, {@code --connections 0} for open loop) keep it in their annotation.
 */
final class ConfigDefaults implements IDefaultValueProvider {
  private static final Supervision SUPERVISION = Supervision.defaults();
  private static final RestartPolicy RESTART = SUPERVISION.restart();
  private static final WorkerTimeouts TIMEOUTS = SUPERVISION.timeouts();
  private static final Recycling RECYCLING = SUPERVISION.recycling();

  /** Defaults of flags that mean the same in every command that has them. */
  private static final Map<String, Object> ANY_COMMAND =
      Map.ofEntries(
          entry("--host", ServerSettings.DEFAULT_HOST),
          entry("--port", ServerSettings.DEFAULT_PORT),
          entry("--ipc", IpcTransport.DEFAULT.label()),
          entry("--workers", ServerSettings.DEFAULT_UNITS),
          entry("--unit-heap-mb", ServerSettings.DEFAULT_UNIT_HEAP_MB),
          entry("--rate", LoadSettings.DEFAULT_RATE),
          entry("--duration", LoadSettings.DEFAULT_DURATION),
          entry("--cost", LoadSettings.DEFAULT_COST),
          entry("--fault-every", LoadSettings.DEFAULT_FAULT_EVERY),
          entry("--timeout", LoadSettings.DEFAULT_TIMEOUT),
          entry("--max-in-flight", LoadModel.DEFAULT_MAX_IN_FLIGHT),
          entry("--restart-intensity", RESTART.intensity()),
          entry("--restart-period", RESTART.period()),
          entry("--restart-backoff", RESTART.backoffInitial()),
          entry("--restart-backoff-max", RESTART.backoffMax()),
          entry("--restart-backoff-multiplier", RESTART.backoffMultiplier()),
          entry("--restart-backoff-jitter", RESTART.backoffJitter()),
          entry("--restart-backoff-reset-after", RESTART.backoffResetAfter()),
          entry("--max-boot-failures", RESTART.maxBootFailures()),
          entry("--heartbeat-interval", TIMEOUTS.heartbeatInterval()),
          entry("--liveness-timeout", TIMEOUTS.liveness()),
          entry("--kill-grace", TIMEOUTS.killGrace()),
          entry("--request-deadline", TIMEOUTS.requestDeadline()),
          entry("--boot-timeout", TIMEOUTS.boot()),
          entry("--max-requests", RECYCLING.maxRequests()),
          entry("--max-requests-jitter", RECYCLING.maxRequestsJitter()),
          entry("--max-rss-mb", RECYCLING.maxRssMb()),
          entry("--max-lifetime", RECYCLING.maxLifetime()),
          entry("--spares", SUPERVISION.spares()),
          entry("--threads-per-worker", SUPERVISION.threadsPerWorker()),
          entry("--threads-per-node", ClusterSettings.DEFAULT_THREADS_PER_NODE),
          entry("--node-timeout-ms", ClusterSettings.DEFAULT_NODE_TIMEOUT_MS),
          entry("--queue-bound", SUPERVISION.queueBound()),
          entry("--quarantine", SUPERVISION.quarantine()),
          entry("--shutdown-grace", SUPERVISION.shutdownGrace()));

  /** Where a command's default differs from {@link #ANY_COMMAND}, or only it has the flag. */
  private final Map<String, Map<String, Object>> byCommand;

  /** The defaults of the server's own commands. */
  ConfigDefaults() {
    this(Map.of());
  }

  /** Also the defaults a harness gives its commands ({@link HarnessCommands#defaults()}). */
  ConfigDefaults(Map<String, Map<String, Object>> byCommand) {
    this.byCommand = byCommand;
  }

  @Override
  public String defaultValue(ArgSpec arg) {
    if (!(arg instanceof OptionSpec option)) {
      return null;
    }
    String command = option.command() == null ? "" : option.command().name();
    Map<String, Object> own = byCommand.getOrDefault(command, Map.of());
    for (String name : option.names()) {
      Object value = own.getOrDefault(name, ANY_COMMAND.get(name));
      if (value != null) {
        return text(value);
      }
    }
    return null;
  }

  /** As a user would type it: 30s, 100, 0.2. */
  static String text(Object value) {
    if (value instanceof Duration d) {
      return Durations.format(d);
    }
    if (value instanceof Double d) {
      return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
    return String.valueOf(value);
  }
}
