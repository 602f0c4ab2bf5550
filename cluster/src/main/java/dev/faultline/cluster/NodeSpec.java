package dev.faultline.cluster;

import dev.faultline.config.Check;
import dev.faultline.config.ConfigException;
import java.util.Arrays;
import java.util.List;

/**
 * What a node JVM is told on its command line: its slot (0 for a node that joined from elsewhere,
 * which the front numbers itself), the cluster's name, the host it binds, the members it joins
 * through, and its thread pool's size.
 *
 * <pre>NodeMain 2 faultline-8f3c 127.0.0.1 127.0.0.1:5701 2</pre>
 */
public record NodeSpec(int slot, String cluster, String host, List<String> join, int threads) {
  public NodeSpec {
    Check.range("slot", slot, 0, 1_000);
    Check.present("cluster", cluster);
    Check.present("host", host);
    join = List.copyOf(join);
    if (join.isEmpty()) {
      throw new ConfigException("join", "needs at least one HOST:PORT of a member", "(none)");
    }
    join.forEach(NodeSpec::checkHostPort);
    Check.range("threads-per-node", threads, 1, 64);
  }

  /** {@code 10.0.0.1:5701}: a port is required (Hazelcast rejects a range with interfaces on). */
  private static void checkHostPort(String member) {
    int colon = member.lastIndexOf(':');
    try {
      if (colon > 0) {
        Check.range("join", Integer.parseInt(member.substring(colon + 1)), 1, 65_535);
        return;
      }
    } catch (NumberFormatException e) {
      // falls through to the message below
    }
    throw new ConfigException("join", "must be HOST:PORT,... (e.g. 10.0.0.1:5701)", member);
  }

  static NodeSpec parse(String[] args) {
    if (args.length != 5) {
      throw new ConfigException(
          "node arguments", "must be SLOT CLUSTER HOST JOIN THREADS", String.join(" ", args));
    }
    return new NodeSpec(
        Integer.parseInt(args[0]),
        args[1],
        args[2],
        Arrays.asList(args[3].split(",")),
        Integer.parseInt(args[4]));
  }

  List<String> toArgs() {
    return List.of(
        String.valueOf(slot), cluster, host, String.join(",", join), String.valueOf(threads));
  }
}
