package dev.faultline.lab.bench.overhead;

import dev.faultline.client.LoadReport;
import dev.faultline.client.LoadRun;
import dev.faultline.config.LoadModel;
import dev.faultline.config.LoadSettings;
import dev.faultline.config.Target;
import dev.faultline.lab.demo.ServerProcess;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The benchmark's load, all of it through the client's load engine (the product's only load
 * generator): a paced run at a rate to several servers at once, or a max-rate run to one.
 */
final class LoadPhases {
  private static final Duration TIMEOUT = Duration.ofSeconds(5);
  private static final long SEED = 0x0FE4EADL;

  private final Vertx vertx;

  LoadPhases(Vertx vertx) {
    this.vertx = vertx;
  }

  /** Every server gets the same requests at the same moments. */
  LoadReport paced(List<ServerProcess> servers, double rate, int cost, Duration duration)
      throws Exception {
    return run(servers, rate, cost, duration, LoadModel.OPEN_LOOP);
  }

  /** Answers per second of one server, each connection sending again as soon as it is answered. */
  double maxRate(ServerProcess server, int cost, int connections, Duration duration)
      throws Exception {
    LoadReport r = run(List.of(server), 1, cost, duration, LoadModel.maxRate(connections));
    JsonObject t = r.target(server.name());
    return t.getLong("ok") / (duration.toMillis() / 1000.0);
  }

  private LoadReport run(
      List<ServerProcess> servers, double rate, int cost, Duration duration, LoadModel model)
      throws Exception {
    List<Target> targets =
        servers.stream().map(s -> new Target(s.name(), "127.0.0.1", s.port())).toList();
    LoadSettings s =
        new LoadSettings(
            targets,
            rate,
            duration,
            cost,
            List.of(),
            LoadSettings.DEFAULT_FAULT_EVERY,
            SEED + cost,
            null,
            TIMEOUT,
            null,
            model);
    return new LoadRun(vertx, s, line -> {})
        .start()
        .get(duration.plus(TIMEOUT.multipliedBy(3)).toSeconds() + 10, TimeUnit.SECONDS);
  }
}
