package dev.faultline.lab.bench.ipc;

import com.sun.jna.Native;
import java.io.IOException;

/** Names of POSIX IPC objects this JVM creates: unique per benchmark pid, so runs never collide. */
final class PosixNames {
  private PosixNames() {}

  /** {@code /faultline-bench-4711-mq-req} */
  static String of(String what) {
    return "/faultline-bench-" + ProcessHandle.current().pid() + "-" + what;
  }

  static IOException failed(String call, String name) {
    return new IOException(call + " " + name + " failed, errno " + Native.getLastError());
  }
}
