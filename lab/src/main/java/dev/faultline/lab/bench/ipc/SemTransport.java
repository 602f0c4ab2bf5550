package dev.faultline.lab.bench.ipc;

import com.sun.jna.Pointer;
import dev.faultline.lab.bench.proc.ChildJvm;
import dev.faultline.lab.bench.proc.Libc;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * POSIX named semaphores ({@code sem_open(3)}): a semaphore carries no bytes, so the 64-byte
 * payload sits in a shared mapping in {@code /dev/shm} and the two semaphores say "your turn", one
 * per direction. A waiting side sleeps in the kernel (a futex) instead of spinning.
 */
final class SemTransport implements Transport {
  private static final Libc C = Libc.C;

  @Override
  public String kind() {
    return "semaphore";
  }

  @Override
  public String how() {
    return "two POSIX named semaphores (sem_post, sem_timedwait through JNA) signal turns; "
        + "the payload sits in a shared mapping in /dev/shm";
  }

  @Override
  public Link connect(EchoSide side) throws IOException {
    String req = PosixNames.of("sem-req");
    String resp = PosixNames.of("sem-resp");
    Path file = Path.of("/dev/shm").resolve(PosixNames.of("sem-data").substring(1));
    SharedRing payload = SharedRing.create(file);
    Pointer reqSem = create(req);
    Pointer respSem = create(resp);
    ChildJvm child = side.startChild(kind(), List.of(req, resp, file.toString()));
    Runnable cleanup =
        () -> {
          child.stop();
          C.sem_close(reqSem);
          C.sem_close(respSem);
          C.sem_unlink(req);
          C.sem_unlink(resp);
          try {
            payload.close();
            Files.deleteIfExists(file);
          } catch (IOException ignored) {
            // a temp file left in /dev/shm is not worth failing the part for
          }
        };
    try {
      child.await("ready", Message.READY_TIMEOUT);
    } catch (IOException e) {
      cleanup.run();
      throw e;
    }
    return new Link() {
      @Override
      public void roundTrip(byte[] m) throws IOException {
        payload.buf.put(SharedRing.REQ_DATA, m);
        C.sem_post(reqSem);
        if (C.sem_timedwait(respSem, Libc.deadlineIn(Message.ANSWER_TIMEOUT.toMillis())) != 0) {
          throw PosixNames.failed("sem_timedwait", resp);
        }
        payload.buf.get(SharedRing.RESP_DATA, m);
      }

      @Override
      public void close() {
        cleanup.run();
      }
    };
  }

  private static Pointer create(String name) throws IOException {
    C.sem_unlink(name);
    Pointer sem = C.sem_open(name, Libc.O_CREAT | Libc.O_EXCL, 0600, 0);
    if (sem == null || Pointer.nativeValue(sem) == -1 || Pointer.nativeValue(sem) == 0) {
      throw PosixNames.failed("sem_open", name);
    }
    return sem;
  }

  /** Child side: {@code <request semaphore> <answer semaphore> <payload file>}. */
  static void echo(List<String> args) throws IOException {
    Pointer req = C.sem_open(args.get(0), 0, 0, 0);
    Pointer resp = C.sem_open(args.get(1), 0, 0, 0);
    try (SharedRing payload = SharedRing.open(Path.of(args.get(2)))) {
      ChildJvm.say("ready");
      byte[] m = new byte[Message.BYTES];
      while (C.sem_wait(req) == 0) {
        payload.buf.get(SharedRing.REQ_DATA, m);
        payload.buf.put(SharedRing.RESP_DATA, m);
        C.sem_post(resp);
      }
    }
  }
}
