package dev.faultline.server;

import dev.faultline.cluster.NodeMain;
import dev.faultline.cluster.NodeSpec;
import dev.faultline.config.BindConsent;
import dev.faultline.config.Check;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code faultline node}: one cluster-mode node started by hand, here or on another machine, that
 * joins a front's cluster. The front routes jobs to it like to its own nodes, but cannot restart
 * it.
 */
@Command(
    name = "node",
    mixinStandardHelpOptions = true,
    description = {
      "Runs one cluster-mode node that joins the cluster of a running serve --mode cluster front.",
      "The front's log and GET /status give the cluster's name and its join address."
    })
final class NodeCommand implements Callable<Integer> {
  @Option(
      names = "--join",
      required = true,
      split = ",",
      paramLabel = "HOST:PORT[,...]",
      description = "Members to join through: the front's joinAddress from its /status.")
  List<String> join;

  @Option(
      names = "--cluster",
      required = true,
      paramLabel = "NAME",
      description = "The cluster's name, as the front's /status says (faultline-1a2b3c4d).")
  String cluster;

  @Option(
      names = "--host",
      description =
          "Address this node binds and advertises to the others (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(
      names = "--allow-non-loopback",
      description = "Allow --host to be an address other than loopback (default: refused).")
  boolean allowNonLoopback;

  @Option(
      names = "--threads-per-node",
      paramLabel = "T",
      description = "Threads this node runs jobs on (default: ${DEFAULT-VALUE}).")
  int threadsPerNode;

  @Override
  public Integer call() throws InterruptedException {
    BindConsent.check(Check.present("host", host), allowNonLoopback, false, false);
    NodeMain.run(new NodeSpec(0, cluster, host, join, threadsPerNode));
    Thread.currentThread().join(); // serves until SIGTERM; its shutdown hook leaves the cluster
    return 0;
  }
}
