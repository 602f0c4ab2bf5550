package dev.faultline.server;

import dev.faultline.chaos.ChaosGuard;
import dev.faultline.cluster.ClusterBackends;
import dev.faultline.cluster.NetNamespaces;
import dev.faultline.config.BindConsent;
import dev.faultline.config.ChaosToken;
import dev.faultline.config.Check;
import dev.faultline.config.ClusterSettings;
import dev.faultline.config.ConfigException;
import dev.faultline.config.ConfigFile;
import dev.faultline.config.ExitCodes;
import dev.faultline.config.IpcTransport;
import dev.faultline.config.Mode;
import dev.faultline.config.ServerSettings;
import dev.faultline.config.Supervision;
import dev.faultline.supervisor.serve.RunDirectory;
import dev.faultline.supervisor.serve.Server;
import dev.faultline.worker.ParentWatch;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code faultline serve}: one server, in one mode, until it is stopped (or killed by a fault). */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Runs one server: an HTTP front and a pool of units that run the workload.",
      "The units are threads of this JVM (thread mode), worker JVMs (process mode), or node JVMs"
          + " on a Vert.x cluster (cluster mode).",
      "GET /work?input=42&cost=10, /health, /status."
    })
final class ServeCommand implements Callable<Integer> {
  static final String TOKEN_ENV = ChaosGuard.TOKEN_ENV;

  @Spec CommandSpec spec;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description =
          "A YAML file of settings, keys named like the flags without dashes (restart-intensity: 10);"
              + " a flag given on the command line wins over the file.")
  Path config;

  @Option(
      names = "--mode",
      paramLabel = "thread|process|cluster",
      description =
          "Where the workload runs: threads of this JVM, forked worker JVMs, or node JVMs that join"
              + " a Vert.x cluster this server founds (required, as a flag or in --config).")
  String mode;

  @Option(
      names = "--host",
      description =
          "Address to bind (default: ${DEFAULT-VALUE}; loopback only unless you mean it).")
  String host;

  @Option(
      names = "--port",
      description = "Port to listen on, 0 for any free port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = {"--workers", "--threads", "--nodes"},
      description =
          "Units serving the workload: threads in thread mode, worker JVMs in process mode, node"
              + " JVMs in cluster mode "
              + "(default: ${DEFAULT-VALUE}, 1-"
              + ServerSettings.MAX_UNITS
              + ").")
  int units;

  @Option(
      names = "--unit-heap-mb",
      description =
          "Heap per unit in MiB; a thread-mode server should run with units x this "
              + "(default: ${DEFAULT-VALUE}).")
  int unitHeapMb;

  @Option(
      names = "--chaos-token-file",
      paramLabel = "FILE",
      description =
          "Enables fault injection for requests carrying header X-Chaos-Token with the token on"
              + " this file's first line; or set $"
              + TOKEN_ENV
              + ". Never a flag: it would show in ps. Default: chaos off.")
  Path chaosTokenFile;

  @Option(names = "--chaos-token", hidden = true, paramLabel = "TOKEN")
  String chaosTokenOnCommandLine;

  @Option(
      names = "--allow-non-loopback",
      description = "Allow --host to be an address other than loopback (default: refused).")
  boolean allowNonLoopback;

  @Option(
      names = "--allow-remote-chaos",
      description =
          "Allow chaos (a token) on a non-loopback --host: anyone on the network with the token"
              + " can crash units (default: refused).")
  boolean allowRemoteChaos;

  @Option(
      names = "--run-dir",
      paramLabel = "DIR",
      description =
          "Where the IPC socket and the workers' crash reports (hs_err) go, made private (0700);"
              + " the server JVM's own hs_err goes where its -XX:ErrorFile says (default: a new"
              + " faultline-<mode>-<random> directory under the system temp directory, removed on"
              + " exit unless crash reports are in it).")
  Path runDir;

  @Option(
      names = "--ipc",
      paramLabel = "uds|pipe|tcp",
      description =
          "How a process-mode master talks to its workers: a Unix domain socket in the run"
              + " directory, each worker's stdin and stdout pipes, or TCP on 127.0.0.1 (default:"
              + " ${DEFAULT-VALUE}; thread mode ignores it).")
  String ipc;

  @Option(
      names = "--exit-on-stdin-eof",
      hidden = true,
      description =
          "Stop when stdin reaches end of file: set by a parent that holds it open (the demo root), "
              + "so the server never outlives it.")
  boolean exitOnStdinEof;

  @Option(
      names = "--threads-per-node",
      paramLabel = "T",
      description =
          "Cluster mode: threads each node JVM runs jobs on (default: ${DEFAULT-VALUE}, 1-"
              + ClusterSettings.MAX_THREADS_PER_NODE
              + ").")
  int threadsPerNode;

  @Option(
      names = "--node-timeout-ms",
      paramLabel = "MS",
      description =
          "Cluster mode: how long a job may wait for its node's answer before it fails with 504; a"
              + " node seen lost fails or retries its jobs at once (default: ${DEFAULT-VALUE}).")
  int nodeTimeoutMs;

  @Option(
      names = "--netns",
      description =
          "Cluster mode: put each node in a network namespace of its own, behind a bridge in one"
              + " more, so a node can be partitioned (GET /chaos/node?fault=partition). Root and"
              + " Linux only; the namespaces are deleted when the server stops.")
  boolean netns;

  @Mixin SupervisionOptions supervision;

  @Option(
      names = "--test-hook",
      hidden = true,
      paramLabel = "SPEC",
      description =
          "Test hooks for worker JVMs (integration tests only): boot-exit-if=PATH, stall-loop-on=N, "
              + "spin-job-on=N, sleep-job-on=N:MS, comma-separated. See dev.faultline.worker.TestHooks.")
  String testHook;

  @Override
  public Integer call() throws Exception {
    ConfigFile file = config == null ? ConfigFile.none() : ConfigFile.read(config);
    FileDefaults.apply(file, spec, spec.commandLine().getParseResult());
    Server server;
    try {
      server = server();
    } catch (ConfigException e) {
      throw file.locate(e);
    }
    if (exitOnStdinEof) {
      // System.exit, not halt: the shutdown hook stops this server's workers on the way out
      ParentWatch.onStdinEof(() -> System.exit(ExitCodes.OK));
    }
    return server.runUntilStopped();
  }

  private Server server() {
    if (chaosTokenOnCommandLine != null) {
      throw new ConfigException(
          "chaos-token",
          "is no flag any more (a token on the command line shows in ps): set $"
              + TOKEN_ENV
              + " or use --chaos-token-file",
          "(" + chaosTokenOnCommandLine.length() + " characters)");
    }
    Mode m = Mode.parse("mode", Check.present("mode", mode));
    String token = ChaosToken.read(chaosTokenFile, System.getenv(), TOKEN_ENV);
    BindConsent.check(host, allowNonLoopback, token != null, allowRemoteChaos);
    IpcTransport transport = IpcTransport.parse("ipc", ipc);
    Supervision rules = supervision.toSupervision();
    RunDirectory dir =
        runDir != null ? RunDirectory.given(runDir) : RunDirectory.createPrivate(m.label());
    checkNetns(m);
    ClusterBackends cluster =
        new ClusterBackends(new ClusterSettings(threadsPerNode, nodeTimeoutMs, netns));
    return new Server(settings(m, token, dir.path()), rules, testHook, dir, transport, cluster);
  }

  private void checkNetns(Mode m) {
    if (netns && m != Mode.CLUSTER) {
      throw new ConfigException("netns", "is for cluster mode only (--mode cluster)", m.label());
    }
    String why = netns ? NetNamespaces.unavailable() : null;
    if (why != null) {
      throw new ConfigException("netns", "cannot be used here: " + why, "on");
    }
  }

  private ServerSettings settings(Mode m, String token, Path dir) {
    try {
      return new ServerSettings(m, host, port, units, unitHeapMb, token, dir);
    } catch (ConfigException e) {
      if (!e.key().equals("chaos-token")) {
        throw e;
      }
      throw e.at(chaosTokenFile != null ? "--chaos-token-file " + chaosTokenFile : TOKEN_ENV);
    }
  }
}
