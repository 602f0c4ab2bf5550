package dev.faultline.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Network namespaces for {@code --netns}: each local node in a namespace of its own, joined by a
 * veth pair to a bridge in a "switch" namespace of its own; the front reaches the bridge through
 * one more veth pair, so every cluster address lives inside these namespaces (10.77.X.0/24, the
 * front at .1, node k at .k+1). A partition is a node's switch port set down: the node falls silent
 * (no netem or iptables here). Root and Linux only. Namespaces are named after the front's pid
 * ({@code faultline-<pid>-sw}, {@code faultline-<pid>-n2}): {@link #close} deletes them, and a
 * front that starts deletes those of a front that died without closing ({@link #sweepStale}).
 *
 * <pre>
 *   front (this netns) fl&lt;pid&gt; 10.77.X.1 ─ p0 ┐
 *                                     faultline-&lt;pid&gt;-sw: br0 ├ p1 ─ eth0 10.77.X.2 (node 1's netns)
 *                                                         └ p2 ─ eth0 10.77.X.3 (node 2's netns)
 * </pre>
 */
public final class NetNamespaces implements AutoCloseable {
  static final String PREFIX = "faultline-";
  private static final long IP_TIMEOUT_SECONDS = 10;

  private final long pid = ProcessHandle.current().pid();
  private final String sw = PREFIX + pid + "-sw";
  private final String frontLink = "fl" + pid;
  private final String subnet;
  private final List<Integer> nodes = new ArrayList<>();
  private final Consumer<String> log;

  private NetNamespaces(String subnet, Consumer<String> log) {
    this.subnet = subnet;
    this.log = log;
  }

  /** Why namespaces cannot be made here, or null when they can (Linux, root, iproute2's ip). */
  public static String unavailable() {
    if (!System.getProperty("os.name").toLowerCase().contains("linux")) {
      return "network namespaces need Linux, but this is " + System.getProperty("os.name");
    }
    if (!isRoot()) {
      return "network namespaces need root (ip netns add), but this runs as "
          + System.getProperty("user.name");
    }
    try {
      run(List.of("ip", "-V"));
    } catch (IOException e) {
      return "network namespaces need iproute2's ip (apt-get install iproute2): " + e.getMessage();
    }
    return null;
  }

  private static boolean isRoot() {
    try {
      return Files.readAllLines(Path.of("/proc/self/status")).stream()
          .anyMatch(l -> l.startsWith("Uid:") && l.split("\\s+")[1].equals("0"));
    } catch (IOException e) {
      return false;
    }
  }

  /** The switch, the front's link and one namespace per local node; undone if a step fails. */
  static NetNamespaces create(int localNodes, Consumer<String> log) throws IOException {
    sweepStale(log);
    NetNamespaces n = new NetNamespaces(freeSubnet(), log);
    try {
      n.build(localNodes);
      return n;
    } catch (IOException e) {
      n.close();
      throw e;
    }
  }

  private void build(int localNodes) throws IOException {
    run(List.of("ip", "netns", "add", sw));
    ipIn(sw, "link", "add", "br0", "type", "bridge");
    ipIn(sw, "link", "set", "br0", "up");
    ipIn(
        sw,
        "link",
        "add",
        "p0",
        "type",
        "veth",
        "peer",
        "name",
        frontLink,
        "netns",
        String.valueOf(pid));
    ipIn(sw, "link", "set", "p0", "master", "br0", "up");
    run(List.of("ip", "addr", "add", frontAddress() + "/24", "dev", frontLink));
    run(List.of("ip", "link", "set", frontLink, "up"));
    for (int slot = 1; slot <= localNodes; slot++) {
      String ns = node(slot);
      run(List.of("ip", "netns", "add", ns));
      nodes.add(slot);
      ipIn(sw, "link", "add", "p" + slot, "type", "veth", "peer", "name", "eth0", "netns", ns);
      ipIn(sw, "link", "set", "p" + slot, "master", "br0", "up");
      ipIn(ns, "addr", "add", nodeAddress(slot) + "/24", "dev", "eth0");
      ipIn(ns, "link", "set", "eth0", "up");
      ipIn(ns, "link", "set", "lo", "up");
    }
    log.accept(
        "network namespaces: front at "
            + frontAddress()
            + " on "
            + frontLink
            + ", nodes 1-"
            + localNodes
            + " in "
            + PREFIX
            + pid
            + "-n1.. behind the bridge of "
            + sw);
  }

  String frontAddress() {
    return subnet + "1";
  }

  String nodeAddress(int slot) {
    return subnet + (slot + 1);
  }

  /** A node's command line, run inside its namespace ({@code ip netns exec} execs in place). */
  List<String> inside(int slot, List<String> command) {
    List<String> cmd = new ArrayList<>(List.of("ip", "netns", "exec", node(slot)));
    cmd.addAll(command);
    return cmd;
  }

  /** Sets a node's switch port down (partitioned) or up (healed). */
  void link(int slot, boolean up) throws IOException {
    ipIn(sw, "link", "set", "p" + slot, up ? "up" : "down");
  }

  /** Every node's port up: a stop during a partition sees the nodes end. */
  void healAll() {
    for (int slot : nodes) {
      quietly(List.of("ip", "-n", sw, "link", "set", "p" + slot, "up"));
    }
  }

  boolean has(int slot) {
    return nodes.contains(slot);
  }

  /** Deletes every namespace and the front's link; each step on its own, none may stop the rest. */
  @Override
  public void close() {
    for (int slot : nodes) {
      quietly(List.of("ip", "netns", "del", node(slot)));
    }
    quietly(List.of("ip", "link", "del", frontLink));
    quietly(List.of("ip", "netns", "del", sw));
  }

  private String node(int slot) {
    return PREFIX + pid + "-n" + slot;
  }

  /** Deletes the namespaces of fronts that are gone (SIGKILLed before they could close). */
  static void sweepStale(Consumer<String> log) {
    try {
      for (String line : run(List.of("ip", "netns", "list")).split("\n")) {
        String name = line.split(" ")[0];
        Long owner = owner(name);
        if (owner != null && ProcessHandle.of(owner).map(p -> !p.isAlive()).orElse(true)) {
          log.accept("deleting network namespace " + name + " of front pid " + owner + ", gone");
          quietly(List.of("ip", "netns", "del", name));
        }
      }
    } catch (IOException e) {
      log.accept("cannot list network namespaces: " + e.getMessage());
    }
  }

  /** The front pid in {@code faultline-<pid>-...}, or null for another name. */
  static Long owner(String name) {
    if (!name.startsWith(PREFIX)) {
      return null;
    }
    String rest = name.substring(PREFIX.length());
    int dash = rest.indexOf('-');
    try {
      return dash > 0 ? Long.parseLong(rest.substring(0, dash)) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** {@code 10.77.X.} with X the first that no interface of this namespace uses. */
  private static String freeSubnet() throws IOException {
    String used = run(List.of("ip", "-o", "addr"));
    for (int x = 1; x < 255; x++) {
      String s = "10.77." + x + ".";
      if (!used.contains(" " + s)) {
        return s;
      }
    }
    throw new IOException("every subnet 10.77.1-254.0/24 is in use here");
  }

  private static void ipIn(String ns, String... args) throws IOException {
    List<String> cmd = new ArrayList<>(List.of("ip", "-n", ns));
    cmd.addAll(List.of(args));
    run(cmd);
  }

  private static void quietly(List<String> cmd) {
    try {
      run(cmd);
    } catch (IOException e) {
      // already gone, or going: each clean-up step is best effort
    }
  }

  /** Runs {@code cmd}; its output, or an IOException naming the command and what it said. */
  private static String run(List<String> cmd) throws IOException {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    try {
      if (!p.waitFor(IP_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException(
            String.join(" ", cmd) + " took more than " + IP_TIMEOUT_SECONDS + " s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      p.destroyForcibly();
      throw new IOException(String.join(" ", cmd) + " interrupted");
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.exitValue() != 0) {
      throw new IOException(
          String.join(" ", cmd) + " failed (" + p.exitValue() + "): " + out.strip());
    }
    return out;
  }
}
