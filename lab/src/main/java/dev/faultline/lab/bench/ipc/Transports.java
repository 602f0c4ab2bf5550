package dev.faultline.lab.bench.ipc;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Every transport by name: the eight kinds of the lesson, the in-JVM baseline, and the pipe between
 * two threads the switch part needs. A new kind is one entry here and one class.
 */
public final class Transports {
  /** The {@code ipc} part's kinds, in the report's order: the lesson's eight, then the baseline. */
  public static final List<String> IPC_KINDS =
      List.of("pipe", "fifo", "uds", "tcp", "shm", "mmap", "mqueue", "semaphore", "thread");

  private static final Map<String, Transport> BY_KIND =
      Map.of(
          "pipe", new PipeTransport(),
          "fifo", new FifoTransport(),
          "uds", new UdsTransport(),
          "tcp", new TcpTransport(),
          "shm", new RingTransport("shm", Path.of("/dev/shm")),
          "mmap", new RingTransport("mmap", null),
          "mqueue", new MqTransport(),
          "semaphore", new SemTransport(),
          "thread", new ThreadTransport(),
          "thread-pipe", new ThreadPipeTransport());

  /** Child-side echo loops, by kind, for {@code BenchChild echo <kind> <args...>}. */
  private static final Map<String, Echo> ECHOES =
      Map.of(
          "pipe", PipeTransport::echo,
          "fifo", FifoTransport::echo,
          "uds", UdsTransport::echo,
          "tcp", TcpTransport::echo,
          "shm", RingTransport::echo,
          "mmap", RingTransport::echo,
          "mqueue", MqTransport::echo,
          "semaphore", SemTransport::echo);

  /** A child's echo loop. */
  interface Echo {
    void serve(List<String> args) throws IOException;
  }

  private Transports() {}

  public static Transport of(String kind) {
    Transport t = BY_KIND.get(kind);
    if (t == null) {
      throw new IllegalArgumentException("no transport " + kind + "; known: " + BY_KIND.keySet());
    }
    return t;
  }

  /** True when the kind's echo is a thread of this JVM rather than a child process. */
  public static boolean inJvm(String kind) {
    return !ECHOES.containsKey(kind);
  }

  /** Runs the echo of {@code kind} in this (child) JVM until its measuring end is done. */
  public static void serveEcho(String kind, List<String> args) throws IOException {
    Echo e = ECHOES.get(kind);
    if (e == null) {
      throw new IllegalArgumentException("no child-side echo for " + kind);
    }
    e.serve(args);
  }
}
