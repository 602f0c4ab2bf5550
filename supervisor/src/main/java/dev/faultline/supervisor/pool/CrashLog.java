package dev.faultline.supervisor.pool;

import dev.faultline.config.ExitCodes;
import dev.faultline.supervisor.death.Ending;
import dev.faultline.supervisor.metrics.ServerMetrics;
import dev.faultline.supervisor.restart.RestartPlan;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where deaths are told: one human line in the log and one JSON line appended to {@code <run
 * dir>/crash-events.jsonl} per death, a {@code worker_ready} line when a replacement that was not
 * ready at once becomes ready, and a {@code pool_halted} line if the pool gives up. Written by the
 * pool's loop only; {@link CrashFiles} keeps the file and the hs_err reports bounded.
 */
final class CrashLog {
  private static final Logger LOG = LoggerFactory.getLogger("pool");
  private final Path file;
  private final ServerMetrics metrics;
  private final DeathLedger deaths;

  CrashLog(Path runDir, ServerMetrics metrics, DeathLedger deaths) {
    this.file = runDir.resolve(CrashFiles.LOG);
    this.metrics = metrics;
    this.deaths = deaths;
  }

  void died(CrashReport report) {
    deaths.record(report);
    count(report);
    if (report.plan().action() == RestartPlan.Action.NONE
        && report.verdict().ending() == Ending.Retired.RECYCLED) {
      LOG.info(report.humanLine());
    } else {
      LOG.warn(report.humanLine());
    }
    append(report.json());
    try {
      CrashFiles.pruneHsErr(file.getParent());
    } catch (IOException e) {
      LOG.warn("cannot prune old hs_err reports in {}: {}", file.getParent(), e.toString());
    }
  }

  /**
   * A worker said hello: {@code worker 1 (pid 20189) ready in 3278 ms (replaces pid 20104, restart
   * #1)}.
   *
   * @param why of a replacement: {@code restart #1}, or {@code recycled}
   * @param startPhases where its start went ({@code StartPhases}), null if not measured
   */
  void ready(Worker w, String why, long readyMs, double sinceDeathMs, JsonObject startPhases) {
    LOG.info(
        "{} ready in {} ms{}",
        w.name(),
        readyMs,
        w.replacesPid() > 0 ? " (replaces pid " + w.replacesPid() + ", " + why + ")" : "");
    if (sinceDeathMs >= 0) {
      metrics.workerReadyAfterDeath(millis(sinceDeathMs));
    }
    if (w.replacesPid() > 0) {
      append(
          new JsonObject()
              .put("event", "worker_ready")
              .put("time", Instant.now().toString())
              .put("worker", w.slotId())
              .put("pid", w.pid)
              .put("replacesPid", w.replacesPid())
              .put("readyMs", readyMs)
              .put("readyAfterDeathMs", sinceDeathMs >= 0 ? sinceDeathMs : null)
              .put("startPhases", startPhases));
    }
  }

  /** The metrics of a death: its cause class, and what the pool did about it. */
  private void count(CrashReport r) {
    metrics.workerDied(r.verdict().ending().code());
    if (r.verdict().ending() == Ending.Retired.RECYCLED) {
      metrics.workerRecycled();
    }
    if (r.plan().action() == RestartPlan.Action.REPLACE) {
      metrics.workerRestarted();
    }
    r.fates().stream()
        .filter(f -> f.kind() == Fate.Kind.QUARANTINED)
        .forEach(f -> metrics.requestQuarantined());
    if (r.replacement() != null && r.replacement().readyAfterDeathMs() >= 0) {
      metrics.workerReadyAfterDeath(millis(r.replacement().readyAfterDeathMs()));
    }
  }

  private static Duration millis(double ms) {
    return Duration.ofNanos((long) (ms * 1e6));
  }

  void halted(String reason, boolean exiting) {
    LOG.error(
        "pool halted: {}; no worker is restarted any more, requests get 503 pool_exhausted{}",
        reason,
        exiting
            ? "; the server exits with status "
                + ExitCodes.POOL_EXHAUSTED
                + " so that its parent can restart it"
            : "");
    append(
        new JsonObject()
            .put("event", "pool_halted")
            .put("time", Instant.now().toString())
            .put("reason", reason));
  }

  /** The budget ran out: the pool pauses, and says when it tries again. */
  void paused(String reason, long coolDownMs, Instant nextTryAt) {
    LOG.error(
        "pool paused: {}; requests get 503 pool_exhausted; a canary worker starts in {} ms (at {})",
        reason,
        coolDownMs,
        nextTryAt);
    append(
        event("pool_paused")
            .put("reason", reason)
            .put("coolDownMs", coolDownMs)
            .put("nextTryAt", nextTryAt.toString()));
  }

  /** {@code why}: "after a cool-down of 5000 ms", or why another canary starts at once. */
  void canary(Worker w, String why) {
    LOG.warn("pool canary: {} starts {}", w.name(), why);
    append(event("pool_canary").put("pid", w.pid));
  }

  void onProbation(Instant until) {
    LOG.info("pool canary: ready; on probation until {}, then the pool fills up", until);
  }

  void recovered(int pauses) {
    LOG.warn("pool recovered: the canary stayed up; filling every slot again (pause #{})", pauses);
    append(event("pool_recovered"));
  }

  private static JsonObject event(String name) {
    return new JsonObject().put("event", name).put("time", Instant.now().toString());
  }

  private void append(JsonObject line) {
    try {
      CrashFiles.rotateIfFull(file);
      Files.writeString(
          file,
          line.encode() + "\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      LOG.warn("cannot append to {}: {}", file, e.toString());
    }
  }
}
