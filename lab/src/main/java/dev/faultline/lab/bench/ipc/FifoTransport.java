package dev.faultline.lab.bench.ipc;

import dev.faultline.lab.bench.proc.ChildJvm;
import dev.faultline.lab.bench.proc.Libc;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Named pipes: two FIFOs made with {@code mkfifo(3)}. Opening a FIFO blocks until its other end is
 * opened too, so the parent opens in the same order as the child (requests, then answers), with a
 * timeout in case the child never comes.
 */
final class FifoTransport implements Transport {
  @Override
  public String kind() {
    return "fifo";
  }

  @Override
  public String how() {
    return "two named pipes (mkfifo), one per direction";
  }

  @Override
  public Link connect(EchoSide side) throws Exception {
    Path req = fifo(side.dir().resolve("bench-fifo-req"));
    Path resp = fifo(side.dir().resolve("bench-fifo-resp"));
    ChildJvm child = side.startChild(kind(), List.of(req.toString(), resp.toString()));
    try {
      CompletableFuture<StreamLink> opened =
          CompletableFuture.supplyAsync(() -> open(req, resp, child));
      return opened.get(Message.READY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (Exception e) {
      child.stop();
      throw e;
    } finally {
      Files.deleteIfExists(req);
      Files.deleteIfExists(resp);
    }
  }

  private static StreamLink open(Path req, Path resp, ChildJvm child) {
    try {
      FileOutputStream out = new FileOutputStream(req.toFile());
      return new StreamLink(new FileInputStream(resp.toFile()), out, child);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Path fifo(Path path) throws IOException {
    Files.deleteIfExists(path);
    if (Libc.C.mkfifo(path.toString(), 0600) != 0) {
      throw new IOException(
          "mkfifo " + path + " failed, errno " + com.sun.jna.Native.getLastError());
    }
    return path;
  }

  /** Child side: {@code <request fifo> <answer fifo>}. */
  static void echo(List<String> args) throws IOException {
    try (FileInputStream in = new FileInputStream(args.get(0));
        FileOutputStream out = new FileOutputStream(args.get(1))) {
      ChildJvm.say("ready");
      StreamLink.echo(in, out);
    }
  }
}
