package dev.faultline.lab.soak;

import dev.faultline.config.Durations;
import dev.faultline.config.WorkerTimeouts;
import dev.faultline.lab.demo.ServerProcess;
import dev.faultline.lab.observe.CrashEvents;
import dev.faultline.lab.observe.ServerStatus;
import dev.faultline.lab.soak.SignalSender.Sent;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the soak checks, each printed with its measured value: first while the server is still up
 * (the master, its children, its resources), then after it stopped (the deaths against their
 * causes, the bystanders, the bursts, what is left behind).
 */
final class SoakChecks {
  /** A worker's channel and output pipes: one worker more or less at the end is no leak. */
  static final long FD_SLACK = 4;

  static final long THREAD_SLACK = 4;
  static final double MAX_RSS_GROWTH_PERCENT = 10;
  static final long MAX_RUN_DIR_BYTES = 64L << 20;
  static final int MAX_HS_ERR_FILES = 20;
  static final int DEATH_STEP_GOAL_MS = 5;

  /** Outcomes that are no bystander failure: correct, refused during a pause, never sent. */
  private static final Set<String> EXCUSED = Set.of("", "http_503_pool_exhausted", "not_sent");

  private final SoakReport report;
  private final SoakSettings s;
  private final Path serverDir;
  private final long master;

  SoakChecks(SoakReport report, SoakSettings s, Path serverDir, long master) {
    this.report = report;
    this.s = s;
    this.serverDir = serverDir;
    this.master = master;
  }

  void whileUp(ServerProcess server, StatusProbe status, MasterFacts before, Duration back) {
    ServerStatus st = status.read().orElse(new ServerStatus(new JsonObject()));
    report.check(
        "master alive and never restarted",
        server.alive() && server.pid() == master && st.pid() == master,
        "pid " + master + " for the whole soak; /status says pid " + st.pid());
    report.check(
        "pool back at full strength after the last death",
        back != null,
        back == null ? "not within the limit" : seconds(back) + " after the soak stopped causing");
    MasterFacts after = MasterFacts.of(master);
    report.check(
        "master fds and threads back to baseline",
        after.fds() <= before.fds() + FD_SLACK
            && after.threads() <= before.threads() + THREAD_SLACK,
        String.format(
            "fds %d -> %d (slack +%d), threads %d -> %d (slack +%d), from after the first burst"
                + " to the end",
            before.fds(), after.fds(), FD_SLACK, before.threads(), after.threads(), THREAD_SLACK));
    double growth = before.rssGrowthPercent(after);
    report.check(
        "master RSS grown < " + (int) MAX_RSS_GROWTH_PERCENT + "%",
        growth < MAX_RSS_GROWTH_PERCENT,
        String.format(
            "%d KiB after the first burst -> %d KiB at the end (%+.1f%%)",
            before.rssKib(), after.rssKib(), growth));
    liveness(st);
    deathSteps(st);
    children(st);
  }

  /**
   * How long one death held the pool's loop at most (issue 16 wants at most {@value
   * #DEATH_STEP_GOAL_MS} ms): measured and printed, not yet a check, while the loop still reads a
   * dead worker's last output and hs_err itself.
   */
  private void deathSteps(ServerStatus st) {
    ServerStatus.Longest step = st.longestDeathStep();
    report.info(
        String.format(
            Locale.ROOT,
            "the longest a death held the pool loop: %.3f ms (pid %d); goal %d ms",
            step == null ? -1.0 : step.ms(),
            step == null ? 0L : step.pid(),
            DEATH_STEP_GOAL_MS));
  }

  /**
   * The liveness timeout's headroom, measured: the longest silence of a worker that then spoke
   * again (a stopped one never does). At or above the timeout, that worker would have been killed
   * for a stall that ended by itself.
   */
  private void liveness(ServerStatus st) {
    ServerStatus.Longest longest = st.longestHeartbeatGap();
    long gap = longest == null ? -1L : (long) longest.ms();
    Duration timeout = WorkerTimeouts.DEFAULT_LIVENESS;
    report.check(
        "no worker silent as long as the liveness timeout",
        gap >= 0 && gap < timeout.toMillis(),
        "longest silence of a worker that spoke again: "
            + gap
            + " ms (pid "
            + (longest == null ? 0L : longest.pid())
            + "); liveness timeout "
            + Durations.format(timeout));
  }

  /** The master's children are exactly the workers /status lists, and none is a zombie. */
  private void children(ServerStatus st) {
    List<ProcFacts.Proc> kids = ProcFacts.all().stream().filter(p -> p.ppid() == master).toList();
    Set<Long> known =
        Stream.concat(st.pidsIn("ready").stream(), st.pidsIn("starting").stream())
            .collect(Collectors.toSet());
    long zombies = kids.stream().filter(p -> p.state() == 'Z').count();
    long strangers = kids.stream().filter(p -> !known.contains(p.pid())).count();
    report.check(
        "no zombie or orphan worker",
        zombies == 0 && strangers == 0,
        kids.size()
            + " children of the master, "
            + zombies
            + " zombies, "
            + strangers
            + " not in /status");
  }

  void afterStop(
      CrashEvents events, List<Sent> sent, Map<String, Long> bystanders, List<Burst> bursts) {
    List<JsonObject> deaths = events.deaths();
    List<CrashEvents.Pause> pauses = events.pauses();
    Classification c = new Classification(deaths, sent, pauses);
    report.check(
        "worker deaths caused",
        deaths.size() >= s.crashes(),
        deaths.size()
            + " ("
            + c.bySignal()
            + " by signals from outside: "
            + bySignal(sent)
            + "; "
            + c.byFault()
            + " by faulted requests)");
    report.check(
        "every death classified with its true cause",
        c.mismatches().isEmpty(),
        c.mismatches().size() + " mismatches");
    c.mismatches().stream().limit(10).forEach(report::info);
    bystanders(bystanders, pauses);
    report.check(
        "back at full strength by itself after every burst",
        !bursts.isEmpty() && bursts.stream().allMatch(b -> b.backAfter() != null),
        bursts.size() + " bursts");
    bursts.forEach(b -> report.info(b.describe()));
    leftovers();
    disk();
  }

  private static String bySignal(List<Sent> sent) {
    Map<String, Long> n = new TreeMap<>();
    sent.forEach(x -> n.merge("SIG" + x.signal(), 1L, Long::sum));
    long atBoot = sent.stream().filter(x -> x.during().equals("boot")).count();
    return n + ", " + atBoot + " of them during boot";
  }

  private void bystanders(Map<String, Long> outcomes, List<CrashEvents.Pause> pauses) {
    long total =
        outcomes.entrySet().stream()
            .filter(e -> !e.getKey().equals("not_sent"))
            .mapToLong(Map.Entry::getValue)
            .sum();
    Map<String, Long> failed = new TreeMap<>(outcomes);
    failed.keySet().removeAll(EXCUSED);
    long failures = failed.values().stream().mapToLong(Long::longValue).sum();
    report.check(
        "zero bystander failures outside the pauses",
        failures == 0,
        total
            + " requests without a fault: "
            + outcomes.getOrDefault("", 0L)
            + " correct, "
            + outcomes.getOrDefault("http_503_pool_exhausted", 0L)
            + " refused 503 pool_exhausted during pauses, "
            + failures
            + " failed "
            + failed);
    report.info(pauses.size() + " pauses" + (pauses.isEmpty() ? "" : ":"));
    pauses.forEach(
        p ->
            report.info(
                "paused "
                    + p.from()
                    + " for "
                    + (p.length() == null ? "ever" : seconds(p.length()))
                    + ": "
                    + p.reason()));
  }

  /** After the stop: no process still names the run directory, within 5 s. */
  private void leftovers() {
    String dir = serverDir.toString();
    long left = 0;
    for (int i = 0; i < 50; i++) {
      left = ProcFacts.all().stream().filter(p -> p.cmdline().contains(dir)).count();
      if (left == 0) {
        break;
      }
      OutsideCauses.sleep(100);
    }
    report.check("nothing left running after the stop", left == 0, left + " processes name " + dir);
  }

  private void disk() {
    long bytes = ProcFacts.diskBytes(serverDir);
    long hsErr;
    try (Stream<Path> files = Files.list(serverDir)) {
      hsErr = files.filter(f -> f.getFileName().toString().startsWith("hs_err")).count();
    } catch (IOException e) {
      hsErr = -1;
    }
    report.check(
        "run dir disk bounded",
        bytes >= 0 && bytes <= MAX_RUN_DIR_BYTES && hsErr >= 0 && hsErr <= MAX_HS_ERR_FILES,
        String.format(
            "%.1f MiB (limit %d MiB), %d hs_err files (limit %d)",
            bytes / 1048576.0, MAX_RUN_DIR_BYTES >> 20, hsErr, MAX_HS_ERR_FILES));
  }

  private static String seconds(Duration d) {
    return String.format("%.1f s", d.toMillis() / 1000.0);
  }

  List<String> failed() {
    return report.failed();
  }
}
