package dev.faultline.supervisor.cli;

import dev.faultline.chaos.FaultNames;
import dev.faultline.client.LoadReport;
import dev.faultline.client.LoadRun;
import dev.faultline.config.LoadSettings;
import dev.faultline.config.Target;
import io.vertx.core.Vertx;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code faultline load}: the bundled open-loop client, against one or more running servers. */
@Command(
    name = "load",
    mixinStandardHelpOptions = true,
    description = {
      "Fires open-loop load (requests leave on schedule, answered or not) at one or more servers,",
      "verifies every answer's digest, and reports per target. Loopback targets only."})
final class LoadCommand implements Callable<Integer> {

  @Option(names = "--target", required = true, paramLabel = "NAME=URL",
      description = "A server to load, e.g. process=http://127.0.0.1:8080. Repeat for several; all get "
          + "the same requests at the same moments.")
  List<String> targets;

  @Option(names = "--rate", defaultValue = "100", description = "Requests per second to each target (default: ${DEFAULT-VALUE}).")
  double rate;

  @Option(names = "--duration", defaultValue = "30s", converter = DurationConverter.class,
      description = "How long to send, e.g. 500ms, 30s, 2m (default: ${DEFAULT-VALUE}).")
  Duration duration;

  @Option(names = "--cost", defaultValue = "" + LoadSettings.DEFAULT_COST,
      description = "Workload cost of each request, 0-10000 (default: ${DEFAULT-VALUE}).")
  int cost;

  @Option(names = "--faults", defaultValue = "none", paramLabel = "LIST",
      description = "Faults to inject, comma-separated, round robin, each name or name:param=value, e.g. "
          + "segfault,leak:mb=32 ('all' for the whole catalogue; default: ${DEFAULT-VALUE}).")
  String faults;

  @Option(names = "--fault-every", defaultValue = "5s", converter = DurationConverter.class,
      description = "Time between two injected faults; the first comes after one interval (default: ${DEFAULT-VALUE}).")
  Duration faultEvery;

  @Option(names = "--seed", description = "Seed of the request inputs; the same seed gives the same run "
      + "(default: random, printed).")
  Long seed;

  @Option(names = "--chaos-token", paramLabel = "TOKEN",
      description = "The servers' chaos token, sent with faulted requests (default: $" + ServeCommand.TOKEN_ENV + ").")
  String chaosToken;

  @Option(names = "--timeout", defaultValue = "5s", converter = DurationConverter.class,
      description = "Per-request timeout (default: ${DEFAULT-VALUE}).")
  Duration timeout;

  @Option(names = "--report-json", paramLabel = "FILE", description = "Also write the report as JSON here.")
  Path reportJson;

  @Override
  public Integer call() throws Exception {
    LoadSettings s = new LoadSettings(targets.stream().map(Target::parse).toList(), rate, duration, cost,
        FaultNames.parseList("faults", faults), faultEvery, seed != null ? seed : ThreadLocalRandom.current().nextLong(),
        chaosToken != null ? chaosToken : System.getenv(ServeCommand.TOKEN_ENV), timeout, reportJson);
    System.out.printf("[load] %s req/s to %d target(s) for %s, seed %d%n", s.rate(), s.targets().size(),
        dev.faultline.config.Durations.format(s.duration()), s.seed());
    Vertx vertx = Vertx.vertx();
    try {
      LoadReport report = new LoadRun(vertx, s, System.out::println).start()
          .get(s.duration().plus(s.timeout()).toSeconds() + 30, TimeUnit.SECONDS);
      System.out.println();
      System.out.print(report.table());
      if (s.reportJson() != null) {
        Files.writeString(s.reportJson(), report.toJson().encodePrettily());
        System.out.println("[load] report written to " + s.reportJson().toAbsolutePath());
      }
      return 0;
    } finally {
      vertx.close();
    }
  }
}
