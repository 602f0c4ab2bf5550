package dev.faultline.supervisor.pool;

import dev.faultline.worker.ipc.IpcMessage.Hello;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who may talk on the IPC: the worker JVMs this master started and that still run, each proving it
 * with the random secret it was given at launch. One rule for every transport; a Unix domain socket
 * also checks the peer's pid with the kernel (SO_PEERCRED), but on TCP loopback any local process
 * can connect, and the secret is the only proof. A secret rather than matching the peer's port to a
 * socket inode in /proc/net/tcp owned by the child: that needs a scan of /proc/PID/fd per
 * connection and races with the child's own start-up, while the secret costs one compare. Any
 * thread may ask (the launcher writes, IPC event loops read).
 */
final class WorkerAdmission {
  private static final int SECRET_BYTES = 16;
  private final SecureRandom random = new SecureRandom();
  private final Map<Long, String> secrets = new ConcurrentHashMap<>();

  /** A fresh secret for the next worker, to hand it in its environment. */
  String newSecret() {
    byte[] bytes = new byte[SECRET_BYTES];
    random.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  void started(long pid, String secret) {
    secrets.put(pid, secret);
  }

  void exited(long pid) {
    secrets.remove(pid);
  }

  /** True for the pid of a worker JVM started here that has not exited. */
  boolean startedHere(long pid) {
    return secrets.containsKey(pid);
  }

  /** True if the hello names a running worker of this master with that worker's own secret. */
  boolean admits(Hello hello) {
    String expected = secrets.get(hello.pid());
    return expected != null
        && MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.US_ASCII),
            hello.secret().getBytes(StandardCharsets.US_ASCII));
  }
}
