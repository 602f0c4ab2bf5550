/**
 * Cluster mode, the third rung of isolation (thread &lt; process &lt; machine): the workload runs
 * in node JVMs that are members of a Vert.x cluster on Hazelcast, and the front reaches them over
 * the clustered event bus.
 *
 * <pre>
 * front event loop (HTTP) ─► ClusterBackend's loop ─► chosen node's own address ─► node's threads
 *                                 │  in-flight table per node          (NodeService)
 *                                 ├─ a local node's exit (its parent sees it in ~10 ms)
 *                                 └─ Hazelcast removes a member (0.4-0.7 s after a SIGKILL)
 *                                       ─► Failover.decide: retry or fail its jobs, at once
 *                                       ─► NodeSupervisor: report, restart plan (process mode's)
 * </pre>
 *
 * <p>Why the front routes itself: the event bus's {@code request()} ignores a failed write, so a
 * job sent to a dead member waits out the whole send timeout, and its round-robin keeps choosing
 * that member until the subscriptions map drops it (shared/research/node-mode.md: 140-175 of 6,505
 * requests failed as TIMEOUT after 5 s). With one address per node and the front's own table, a
 * lost node's jobs are handed over the moment the loss is seen, and no job is routed to it after.
 *
 * <p>Hazelcast is configured in code ({@link dev.faultline.cluster.ClusterMember}): TCP-IP join
 * only, one host, no phone-home, no wait before joining, heartbeat 1 s and removal after 3 s of
 * silence, merges within 5 s. Each front founds a cluster of its own name, so two servers on one
 * machine never merge. A node the front started dies with it (its stdin ends).
 *
 * <p>The front's own {@link dev.faultline.cluster.FailureDetector} pings every node every 250 ms
 * ({@link dev.faultline.cluster.NodePings}); a node silent for 1 s is unreachable: its jobs are
 * handed over and nothing is routed to it until it answers again, before Hazelcast's 3 s removal.
 * Node faults (kill, pause, partition) come from the chaos route ({@link
 * dev.faultline.cluster.NodeFaults}); a partition needs {@link
 * dev.faultline.cluster.NetNamespaces}.
 *
 * <p>Not built yet (issue 18): cluster rows in the demo and the matrix, nodes on the dashboard, the
 * pool-wide pause with a canary (a slot pauses on its own here).
 */
package dev.faultline.cluster;
