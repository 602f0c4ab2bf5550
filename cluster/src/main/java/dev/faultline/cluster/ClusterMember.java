package dev.faultline.cluster;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.spi.cluster.hazelcast.ConfigUtil;
import io.vertx.spi.cluster.hazelcast.HazelcastClusterManager;
import java.util.List;

/**
 * One JVM's membership of a faultline cluster: a clustered Vert.x on Hazelcast, configured in code
 * (no XML on the class path decides). Membership is Hazelcast's: TCP-IP join on the given addresses
 * only (multicast and auto-detection off), bound to one host, no phone-home, no wait before
 * joining. The settings below are the measured ones of shared/research/node-mode.md: a SIGKILLed
 * member is removed in 0.4-0.7 s whatever the heartbeat (its kernel closes the sockets); a silent
 * one (a partition) only by the heartbeat deadline, 2.9-3.8 s with heartbeat 1 s and 3 s without
 * one, and a 2 s pause (SIGSTOP, GC) is ridden out.
 *
 * @param vertx the member's clustered Vert.x (one event loop)
 * @param manager its cluster manager: node id, Hazelcast instance, membership events
 */
record ClusterMember(Vertx vertx, HazelcastClusterManager manager) {
  /**
   * The Hazelcast member attribute in which vertx-hazelcast keeps a member's Vert.x node id (which
   * is not the member's UUID): how a membership event names the node it is about.
   */
  static final String NODE_ID_ATTRIBUTE = "__vertx.nodeId";

  /** Hazelcast's first port; each member takes the next free one (auto-increment). */
  static final int FIRST_PORT = 5701;

  /** Ports a member tries from {@link #FIRST_PORT} on: room for many clusters on one host. */
  static final int PORT_COUNT = 200;

  /** A heartbeat a second: Hazelcast counts in whole seconds, so this is its floor. */
  static final int HEARTBEAT_SECONDS = 1;

  /** Removed after 3 s without a heartbeat: rides out a 2 s pause, the fastest that does. */
  static final int MAX_NO_HEARTBEAT_SECONDS = 3;

  /** A healed partition merges back within seconds, not Hazelcast's 300 s/120 s default. */
  static final int MERGE_DELAY_SECONDS = 5;

  /**
   * The JVM flags that let Hazelcast reach the JDK internals it uses (without them it warns on the
   * console at start). Given to every node JVM; the front, started with {@code -jar}, gets the same
   * from the jar's manifest ({@code Add-Opens}, {@code Add-Exports}).
   */
  static final List<String> JVM_FLAGS =
      List.of(
          "--add-exports=java.base/jdk.internal.ref=ALL-UNNAMED",
          "--add-opens=java.base/java.lang=ALL-UNNAMED",
          "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
          "--add-opens=java.management/sun.management=ALL-UNNAMED",
          "--add-opens=jdk.management/com.sun.management.internal=ALL-UNNAMED");

  /**
   * Joins (or founds, with no {@code join} address) the cluster {@code name}.
   *
   * @param host the address this member binds and advertises, for Hazelcast and the event bus
   * @param join {@code host:port} of members to join through; empty to found the cluster
   */
  static Future<ClusterMember> join(String name, String host, List<String> join) {
    HazelcastClusterManager manager = new HazelcastClusterManager(hazelcast(name, host, join));
    VertxOptions options = new VertxOptions().setEventLoopPoolSize(1);
    options.getEventBusOptions().setHost(host).setPort(0).setClusterPublicHost(host);
    return Vertx.builder()
        .with(options)
        .withClusterManager(manager)
        .buildClustered()
        .map(vertx -> new ClusterMember(vertx, manager));
  }

  static Config hazelcast(String name, String host, List<String> join) {
    Config cfg = ConfigUtil.loadConfig(); // keeps the map configs Vert.x's subscriptions need
    cfg.setClusterName(name);
    cfg.setProperty("hazelcast.logging.type", "slf4j");
    cfg.setProperty("hazelcast.phone.home.enabled", "false");
    // the front and each node leave within a bound of their own; Hazelcast's hook could wait
    // for a partitioned peer on System.exit
    cfg.setProperty("hazelcast.shutdownhook.enabled", "false");
    cfg.setProperty("hazelcast.wait.seconds.before.join", "0");
    cfg.setProperty("hazelcast.socket.bind.any", "false");
    cfg.setProperty("hazelcast.heartbeat.interval.seconds", String.valueOf(HEARTBEAT_SECONDS));
    cfg.setProperty("hazelcast.max.no.heartbeat.seconds", String.valueOf(MAX_NO_HEARTBEAT_SECONDS));
    cfg.setProperty("hazelcast.merge.first.run.delay.seconds", String.valueOf(MERGE_DELAY_SECONDS));
    cfg.setProperty("hazelcast.merge.next.run.delay.seconds", String.valueOf(MERGE_DELAY_SECONDS));
    NetworkConfig net = cfg.getNetworkConfig();
    net.setPort(FIRST_PORT).setPortAutoIncrement(true).setPortCount(PORT_COUNT);
    net.getInterfaces().setEnabled(true).setInterfaces(List.of(host));
    JoinConfig j = net.getJoin();
    j.getMulticastConfig().setEnabled(false);
    j.getAutoDetectionConfig().setEnabled(false);
    j.getTcpIpConfig().setEnabled(true).setMembers(join.isEmpty() ? List.of(host) : join);
    return cfg;
  }

  /** This member's Vert.x node id, as {@link #NODE_ID_ATTRIBUTE} carries it. */
  String nodeId() {
    return manager.getNodeId();
  }

  /** {@code 127.0.0.1:5701}: where other members join through this one. */
  String hazelcastAddress() {
    var a = manager.getHazelcastInstance().getCluster().getLocalMember().getAddress();
    return a.getHost() + ":" + a.getPort();
  }
}
