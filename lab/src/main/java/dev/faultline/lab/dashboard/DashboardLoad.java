package dev.faultline.lab.dashboard;

import dev.faultline.client.LoadReport;
import dev.faultline.client.LoadRun;
import dev.faultline.client.SecondSample;
import dev.faultline.config.LoadSettings;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The load behind the charts: one client {@link LoadRun} at a time, fault-free, bounded by the
 * settings' load duration; or a run someone else started and handed over (the demo's). Each second
 * of it lands in the targets' series. Touched on the dashboard's context only.
 */
final class DashboardLoad {
  private final Vertx vertx;
  private final Context context;
  private final DashboardSettings settings;
  private final List<TargetWatch> watches;
  private final EventLog log;
  private LoadRun current;

  DashboardLoad(
      Vertx vertx,
      Context context,
      DashboardSettings settings,
      List<TargetWatch> watches,
      EventLog log) {
    this.vertx = vertx;
    this.context = context;
    this.settings = settings;
    this.watches = watches;
    this.log = log;
  }

  boolean running() {
    return current != null;
  }

  /** Requests per second to each target of the run going on, else of the next one. */
  double rate() {
    return current != null ? current.settings().rate() : settings.loadRate();
  }

  void start() {
    if (current != null) {
      return;
    }
    LoadRun run = new LoadRun(vertx, loadSettings(), line -> {});
    adopt(run, run.onSecond(this::fromAnyThread).start());
    log.add(
        "load",
        null,
        String.format(
            "load started: %.0f req/s to each server, for at most %ds",
            settings.loadRate(), settings.loadDuration().toSeconds()));
  }

  void stop() {
    if (current != null) {
      current.stop();
    }
  }

  /** Runs a load started elsewhere under the dashboard's eyes; completes with its report. */
  CompletableFuture<LoadReport> drive(LoadRun run) {
    CompletableFuture<LoadReport> report = run.onSecond(this::fromAnyThread).start();
    context.runOnContext(v -> adopt(run, report));
    return report;
  }

  private void adopt(LoadRun run, CompletableFuture<LoadReport> report) {
    current = run;
    report.whenComplete(
        (r, e) ->
            context.runOnContext(
                v -> {
                  if (current == run) {
                    current = null;
                    log.add("load", null, "load ended");
                  }
                }));
  }

  private void fromAnyThread(List<SecondSample> samples) {
    long epochSecond = System.currentTimeMillis() / 1000;
    context.runOnContext(v -> samples.forEach(s -> record(epochSecond, s)));
  }

  private void record(long epochSecond, SecondSample s) {
    watches.stream()
        .filter(w -> w.target.name().equals(s.target()))
        .forEach(w -> w.series.add(epochSecond, s));
  }

  private LoadSettings loadSettings() {
    return new LoadSettings(
        settings.targets(),
        settings.loadRate(),
        settings.loadDuration(),
        settings.cost(),
        List.of(),
        LoadSettings.DEFAULT_FAULT_EVERY,
        ThreadLocalRandom.current().nextLong(),
        null,
        LoadSettings.DEFAULT_TIMEOUT,
        null);
  }
}
