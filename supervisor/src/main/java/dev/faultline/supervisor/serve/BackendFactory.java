package dev.faultline.supervisor.serve;

import dev.faultline.config.ConfigException;
import dev.faultline.config.ServerSettings;
import dev.faultline.config.Supervision;
import dev.faultline.supervisor.backend.Backend;
import dev.faultline.supervisor.metrics.ServerMetrics;

/**
 * Builds the backend of a mode this module does not implement: cluster mode lives in module
 * cluster, which depends on this one, so the server's entry point (module server) passes its
 * factory in. Thread and process mode are built by the {@link Server} itself.
 */
@FunctionalInterface
public interface BackendFactory {
  /** For a server that knows only thread and process mode: any other mode is a usage error. */
  BackendFactory NONE =
      (settings, supervision, metrics) -> {
        throw new ConfigException(
            "mode", "is not built into this server (only thread and process are)", settings.mode());
      };

  Backend create(ServerSettings settings, Supervision supervision, ServerMetrics metrics);
}
