package dev.faultline.cluster;

import dev.faultline.config.Supervision;
import dev.faultline.supervisor.backend.BackendFailure;
import dev.faultline.supervisor.backend.UnitStatus;
import dev.faultline.supervisor.death.DeathCause;
import dev.faultline.supervisor.death.DeathClassifier;
import dev.faultline.supervisor.death.Ending;
import dev.faultline.supervisor.launch.ChildOutput;
import dev.faultline.supervisor.metrics.ServerMetrics;
import dev.faultline.supervisor.restart.Departure;
import dev.faultline.supervisor.restart.Recovery;
import dev.faultline.supervisor.restart.RestartPlan;
import dev.faultline.supervisor.restart.RestartPlanner;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a lost node means, with process mode's own parts: its JVM's end read like a worker's ({@link
 * DeathClassifier}), where it stood for the restart policy ({@link Departure}), the plan ({@link
 * RestartPlanner}: budget, backoff, deaths from outside spend nothing), and a budget exceeded
 * pauses the slot for {@link Recovery}'s cool-down (doubled when it comes soon again) before the
 * budget starts over. Process mode pauses the whole pool and probes with a canary; a node pause is
 * per slot here. Used on the backend's event loop, except {@link #classify}, which reads files.
 */
final class NodeSupervisor {
  /** How long a dead node's last words may take to arrive after its exit. */
  private static final long LAST_WORDS_WAIT_MS = 200;

  /** Restarts the slot after a delay, running {@code first} just before. */
  interface Relaunch {
    void after(NodeTable.Slot slot, long delayMillis, Runnable first);
  }

  private final RestartPlanner planner;
  private final Recovery recovery;
  private final ServerMetrics metrics;
  private final NodeLog log;
  private final DeathClassifier classifier;

  NodeSupervisor(
      Supervision supervision, ServerMetrics metrics, NodeLog log, DeathClassifier classifier) {
    this.planner = new RestartPlanner(supervision.restart(), Clock.systemUTC());
    this.recovery = new Recovery(supervision.restart().period());
    this.metrics = metrics;
    this.log = log;
    this.classifier = classifier;
  }

  /** Off the loop: waits briefly for the last output and may read an hs_err file. */
  DeathCause classify(Process p, ChildOutput output) {
    return classifier.classify(
        p.pid(), p.exitValue(), output.lastLinesAfterEnd(LAST_WORDS_WAIT_MS));
  }

  /** A local node's JVM ended: report it and restart its slot as the plan says. */
  void lost(
      NodeTable.Slot slot,
      Node node,
      DeathCause cause,
      List<Fate> fates,
      boolean hadJobs,
      Relaunch relaunch) {
    Departure departure = departure(node, cause, hadJobs);
    RestartPlan plan = planner.plan(departure, slot.history, Duration.ofMillis(node.uptimeMs(0)));
    report(slot, node, LossSeen.exit(cause), fates, plan);
    metrics.workerDied(cause.kind().code());
    switch (plan.action()) {
      case REPLACE -> {
        metrics.workerRestarted();
        relaunch.after(slot, plan.backoffMillis(), () -> {});
      }
      case ESCALATE -> {
        long coolDown = recovery.pause(System.nanoTime());
        log.warn(
            slot.node.name() + ": restart budget exceeded; the slot pauses " + coolDown + " ms");
        relaunch.after(slot, coolDown, this::budgetStartsOver);
      }
      case NONE -> {}
    }
  }

  /** A node this front did not start was removed: reported; it is not this front's to restart. */
  void remoteRemoved(NodeTable.Slot slot, Node node, List<Fate> fates, long silentMs) {
    RestartPlan none =
        new RestartPlan(
            RestartPlan.Action.NONE, 0, 0, "it joined from elsewhere; this front cannot start it");
    report(slot, node, LossSeen.removed(silentMs), fates, none);
  }

  /** A node stopped answering pings: reported; it stays a member, so nothing is restarted. */
  void unreachable(NodeTable.Slot slot, Node node, List<Fate> fates, long silentMs) {
    RestartPlan none =
        new RestartPlan(
            RestartPlan.Action.NONE,
            0,
            0,
            "still a member: routed to again once it answers, removed by Hazelcast after "
                + ClusterMember.MAX_NO_HEARTBEAT_SECONDS
                + " s of silence");
    report(slot, node, LossSeen.unreachable(silentMs), fates, none);
  }

  private void budgetStartsOver() {
    planner.startOver();
    recovery.recovered(System.nanoTime());
  }

  private void report(
      NodeTable.Slot slot, Node node, LossSeen seen, List<Fate> fates, RestartPlan plan) {
    NodeLoss loss =
        new NodeLoss(
            Instant.now(),
            node,
            seen,
            !node.everReady(),
            fates,
            plan,
            planner.intensity(),
            planner.budget());
    log.lost(loss);
    slot.lastLoss =
        new UnitStatus.LastDeath(
            seen.cause(),
            seen.causeClass(),
            loss.time(),
            fates.isEmpty()
                ? null
                : fates.stream().map(Fate::describe).collect(Collectors.joining(", ")));
  }

  static Departure departure(Node node, DeathCause cause, boolean hadJobs) {
    if (!node.everReady()) {
      return Departure.BOOT_FAILURE;
    }
    if (cause.kind() == Ending.Died.KILLED_BY_SIGNAL) {
      return Departure.OUTSIDE;
    }
    return hadJobs && cause.kind().implicatesRequests()
        ? Departure.REQUEST_SUSPECTED
        : Departure.FAILURE;
  }

  /** The answer of a job that was not retried: 502 (lost with its node) or 422 (poison). */
  static BackendFailure lostWithNode(Fate f, Node node, String why) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("node", node.slot);
    details.put("pid", node.pid());
    details.put("attempts", f.pending().attempt);
    if (f.httpStatus() == 422) {
      return new BackendFailure(
          422,
          "quarantined",
          "this request was in flight on "
              + f.pending().suspicions
              + " nodes that died (the last: "
              + node.name()
              + ", "
              + why
              + "): it is not sent again",
          details);
    }
    return new BackendFailure(
        502, "node_lost", node.name() + " was lost while serving this request: " + why, details);
  }
}
