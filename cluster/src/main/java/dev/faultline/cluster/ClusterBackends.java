package dev.faultline.cluster;

import dev.faultline.config.ClusterSettings;
import dev.faultline.config.ServerSettings;
import dev.faultline.config.Supervision;
import dev.faultline.supervisor.backend.Backend;
import dev.faultline.supervisor.metrics.ServerMetrics;
import dev.faultline.supervisor.serve.BackendFactory;

/** Builds cluster mode's backend for the server's entry point ({@code serve --mode cluster}). */
public final class ClusterBackends implements BackendFactory {
  private final ClusterSettings cluster;

  public ClusterBackends(ClusterSettings cluster) {
    this.cluster = cluster;
  }

  @Override
  public Backend create(ServerSettings settings, Supervision supervision, ServerMetrics metrics) {
    return new ClusterBackend(settings, cluster, supervision, metrics);
  }
}
