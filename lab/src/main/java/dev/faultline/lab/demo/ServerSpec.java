package dev.faultline.lab.demo;

import dev.faultline.config.Mode;
import dev.faultline.config.ServerSettings;
import java.nio.file.Path;
import java.util.List;

/**
 * What server a {@link ServerProcess} runs: its name, mode, port, units and heap, its chaos token
 * and run directory, and how the root treats it. Start from {@link #of} and change what differs:
 *
 * <pre>{@code
 * ServerSpec.of("process", Mode.PROCESS, port, 4, token, dir).restartingOnDeath()
 * }</pre>
 *
 * @param restartOnDeath true: the root restarts a dead server with backoff (the demo); false: a
 *     dead server stays dead and {@link ServerProcess#lastDeath()} says why (what the matrix
 *     measures)
 * @param maxOpenFiles the server's file limit ({@code ulimit -n}), 0 to inherit the root's
 * @param extraServeArgs more {@code serve} flags, e.g. a benchmark's restart policy
 * @param haltsForGood true: an exhausted pool halts and the server exits 75 for the root to restart
 *     it; false: serve's default, the pool pauses and recovers by itself (the soak's master must
 *     never restart)
 */
public record ServerSpec(
    String name,
    Mode mode,
    int port,
    int units,
    int unitHeapMb,
    String chaosToken,
    Path runDir,
    boolean restartOnDeath,
    int maxOpenFiles,
    List<String> extraServeArgs,
    boolean haltsForGood) {

  public ServerSpec {
    extraServeArgs = List.copyOf(extraServeArgs);
  }

  /** A server that stays dead when it dies, with serve's default heap and the root's file limit. */
  public static ServerSpec of(
      String name, Mode mode, int port, int units, String chaosToken, Path runDir) {
    return new ServerSpec(
        name,
        mode,
        port,
        units,
        ServerSettings.DEFAULT_UNIT_HEAP_MB,
        chaosToken,
        runDir,
        false,
        0,
        List.of(),
        true);
  }

  public ServerSpec unitHeapMb(int mb) {
    return new ServerSpec(
        name,
        mode,
        port,
        units,
        mb,
        chaosToken,
        runDir,
        restartOnDeath,
        maxOpenFiles,
        extraServeArgs,
        haltsForGood);
  }

  public ServerSpec restartingOnDeath() {
    return new ServerSpec(
        name,
        mode,
        port,
        units,
        unitHeapMb,
        chaosToken,
        runDir,
        true,
        maxOpenFiles,
        extraServeArgs,
        haltsForGood);
  }

  public ServerSpec maxOpenFiles(int limit) {
    return new ServerSpec(
        name,
        mode,
        port,
        units,
        unitHeapMb,
        chaosToken,
        runDir,
        restartOnDeath,
        limit,
        extraServeArgs,
        haltsForGood);
  }

  public ServerSpec serveArgs(List<String> args) {
    return new ServerSpec(
        name,
        mode,
        port,
        units,
        unitHeapMb,
        chaosToken,
        runDir,
        restartOnDeath,
        maxOpenFiles,
        args,
        haltsForGood);
  }

  public ServerSpec pausingWhenExhausted() {
    return new ServerSpec(
        name,
        mode,
        port,
        units,
        unitHeapMb,
        chaosToken,
        runDir,
        restartOnDeath,
        maxOpenFiles,
        extraServeArgs,
        false);
  }
}
