package dev.faultline.lab.bench.ipc;

import dev.faultline.lab.bench.proc.ChildJvm;
import dev.faultline.lab.bench.proc.Libc;
import java.io.IOException;
import java.util.List;

/**
 * POSIX message queues ({@code mq_open(3)}), one per direction, created by the measuring end with
 * room for 10 messages of 64 bytes and removed ({@code mq_unlink}) when it is done.
 */
final class MqTransport implements Transport {
  private static final Libc C = Libc.C;

  @Override
  public String kind() {
    return "mqueue";
  }

  @Override
  public String how() {
    return "two POSIX message queues (mq_send, mq_timedreceive through JNA), one per direction";
  }

  @Override
  public Link connect(EchoSide side) throws IOException {
    String req = PosixNames.of("mq-req");
    String resp = PosixNames.of("mq-resp");
    int reqQ = create(req);
    int respQ = create(resp);
    ChildJvm child = side.startChild(kind(), List.of(req, resp));
    try {
      child.await("ready", Message.READY_TIMEOUT);
    } catch (IOException e) {
      child.stop();
      unlink(req, reqQ, resp, respQ);
      throw e;
    }
    return new Link() {
      @Override
      public void roundTrip(byte[] m) throws IOException {
        if (C.mq_send(reqQ, m, m.length, 0) != 0) {
          throw PosixNames.failed("mq_send", req);
        }
        long deadline[] = Libc.deadlineIn(Message.ANSWER_TIMEOUT.toMillis());
        if (C.mq_timedreceive(respQ, m, m.length, null, deadline) != m.length) {
          throw PosixNames.failed("mq_timedreceive", resp);
        }
      }

      @Override
      public void close() {
        child.stop();
        unlink(req, reqQ, resp, respQ);
      }
    };
  }

  private static int create(String name) throws IOException {
    C.mq_unlink(name);
    long[] attr = {0, 10, Message.BYTES, 0, 0, 0, 0, 0};
    int q = C.mq_open(name, Libc.O_RDWR | Libc.O_CREAT | Libc.O_EXCL, 0600, attr);
    if (q < 0) {
      throw PosixNames.failed("mq_open", name);
    }
    return q;
  }

  private static void unlink(String req, int reqQ, String resp, int respQ) {
    C.mq_close(reqQ);
    C.mq_close(respQ);
    C.mq_unlink(req);
    C.mq_unlink(resp);
  }

  /** Child side: {@code <request queue> <answer queue>}. */
  static void echo(List<String> args) throws IOException {
    int req = C.mq_open(args.get(0), Libc.O_RDWR, 0, null);
    int resp = C.mq_open(args.get(1), Libc.O_RDWR, 0, null);
    if (req < 0 || resp < 0) {
      throw PosixNames.failed("mq_open", args.toString());
    }
    ChildJvm.say("ready");
    byte[] m = new byte[Message.BYTES];
    while (C.mq_receive(req, m, m.length, null) == m.length) {
      C.mq_send(resp, m, m.length, 0);
    }
  }
}
