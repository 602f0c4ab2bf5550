package dev.faultline.config;

import java.time.Duration;
import java.util.List;

/**
 * Load settings a test starts from: two loopback targets and the defaults a run changes one at a
 * time.
 */
final class LoadSettingsFixture {
  static final Target THREAD = new Target("thread", "127.0.0.1", 8081);
  static final Target PROCESS = new Target("process", "127.0.0.1", 8082);
  static final String TOKEN = "sekrit-token";

  static LoadSettings with(
      List<Target> targets,
      double rate,
      Duration duration,
      int cost,
      List<String> faults,
      Duration faultEvery,
      String token,
      Duration timeout) {
    return new LoadSettings(
        targets, rate, duration, cost, faults, faultEvery, 7L, token, timeout, null);
  }

  static LoadSettings rateAndDuration(double rate, Duration duration) {
    return with(
        List.of(THREAD),
        rate,
        duration,
        10,
        List.of(),
        Duration.ofSeconds(5),
        null,
        Duration.ofSeconds(5));
  }

  private LoadSettingsFixture() {}
}
