package dev.faultline.lab.cli;

import dev.faultline.chaos.ChaosGuard;
import dev.faultline.config.ChaosToken;
import dev.faultline.config.Target;
import dev.faultline.lab.dashboard.Dashboard;
import dev.faultline.lab.dashboard.DashboardSettings;
import dev.faultline.server.DurationConverter;
import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code faultline dashboard}: the live page for servers started by hand. */
@Command(
    name = "dashboard",
    mixinStandardHelpOptions = true,
    description = {
      "Serves a live page that shows the targets side by side.",
      "On a loopback port (printed): answers per second, availability and p99 as live charts,"
          + " each server's scoreboard and its crash events. With the servers' chaos token its"
          + " buttons inject a fault into every target at once and start or stop load. Runs until"
          + " Ctrl-C."
    })
final class DashboardCommand implements Callable<Integer> {

  @Option(
      names = "--target",
      required = true,
      paramLabel = "NAME=URL",
      description = "A server to watch, e.g. process=http://127.0.0.1:8080. Repeat for several.")
  List<String> targets;

  @Option(
      names = "--chaos-token-file",
      paramLabel = "FILE",
      description =
          "The servers' chaos token, on this file's first line; or set $"
              + ChaosGuard.TOKEN_ENV
              + ". It turns the page's buttons on; the page never sees it. Never a flag: it "
              + "would show in ps. Default: buttons off.")
  Path chaosTokenFile;

  @Option(
      names = "--port",
      description = "Loopback port of the page; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--rate",
      description =
          "Requests per second to each target while the page's load runs (default: ${DEFAULT-VALUE}).")
  double rate;

  @Option(
      names = "--load-duration",
      converter = DurationConverter.class,
      description =
          "The longest one press of 'start load' runs, at most 1h (default: ${DEFAULT-VALUE}).")
  Duration loadDuration;

  @Mixin SharedOptions.Cost cost;

  @Override
  public Integer call() throws Exception {
    DashboardSettings s =
        new DashboardSettings(
            targets.stream().map(Target::parse).toList(),
            ChaosToken.read(chaosTokenFile, System.getenv(), ChaosGuard.TOKEN_ENV),
            port,
            rate,
            loadDuration,
            cost.value);
    Vertx vertx = Vertx.vertx();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "dashboard-stop"));
    try (Dashboard dashboard = Dashboard.start(vertx, s)) {
      System.out.println("[dashboard] live at " + dashboard.url() + " (Ctrl-C to stop)");
      stopped.await();
    } finally {
      vertx.close();
    }
    return 0;
  }
}
