package dev.faultline.lab.bench.ipc;

import dev.faultline.lab.bench.proc.ChildJvm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Shared memory: a {@link SharedRing} in a file both JVMs map. {@code shm} puts the file in {@code
 * /dev/shm} (tmpfs, what {@code shm_open} does); {@code mmap} puts it in the run directory on a
 * disk file system. Once mapped, both are the same page-cache pages: what differs is only what
 * backs them.
 */
final class RingTransport implements Transport {
  private final String kind;
  private final Path dirOrNull;

  /**
   * @param dirOrNull where the file goes; null for the echo side's run directory
   */
  RingTransport(String kind, Path dirOrNull) {
    this.kind = kind;
    this.dirOrNull = dirOrNull;
  }

  @Override
  public String kind() {
    return kind;
  }

  @Override
  public String how() {
    return "a request and an answer slot in a shared mapping of "
        + (dirOrNull == null ? "a file in the run directory" : "a file in " + dirOrNull)
        + "; the waiting side spins "
        + SpinThenPark.SPIN_NANOS / 1000
        + " µs, then parks "
        + SpinThenPark.PARK_NANOS / 1000
        + " µs at a time";
  }

  @Override
  public Link connect(EchoSide side) throws IOException {
    Path dir = dirOrNull == null ? side.dir() : dirOrNull;
    Path path = dir.resolve("faultline-bench-" + ProcessHandle.current().pid() + "-" + kind);
    SharedRing ring = SharedRing.create(path);
    ChildJvm child = side.startChild(kind, List.of(path.toString()));
    try {
      child.await("ready", Message.READY_TIMEOUT);
    } catch (IOException e) {
      child.stop();
      Files.deleteIfExists(path);
      throw e;
    }
    return new RingLink(ring, child, path);
  }

  /** Child side: {@code <file>}. */
  static void echo(List<String> args) throws IOException {
    try (SharedRing ring = SharedRing.open(Path.of(args.get(0)))) {
      ChildJvm.say("ready");
      ring.echo();
    }
  }

  private static final class RingLink implements Link {
    private final SharedRing ring;
    private final ChildJvm child;
    private final Path path;
    private long seq;

    RingLink(SharedRing ring, ChildJvm child, Path path) {
      this.ring = ring;
      this.child = child;
      this.path = path;
    }

    @Override
    public void roundTrip(byte[] message) throws IOException {
      ring.roundTrip(message, ++seq);
    }

    @Override
    public void close() {
      ring.publish(SharedRing.REQ_SEQ, SharedRing.STOP);
      child.stop();
      try {
        ring.close();
        Files.deleteIfExists(path);
      } catch (IOException ignored) {
        // a temp file left behind is not worth failing the part for
      }
    }
  }
}
