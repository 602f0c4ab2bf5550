package dev.faultline.supervisor.death;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The head of a real hs_err report, as a JDK 17 writes it after the segfault fault. */
final class HsErrSamples {
  static final String SEGFAULT =
      String.join(
          "\n",
          "#",
          "# A fatal error has been detected by the Java Runtime Environment:",
          "#",
          "#  SIGSEGV (0xb) at pc=0x00007f3a1ced2f94, pid=4711, tid=4730",
          "#",
          "# JRE version: OpenJDK Runtime Environment (17.0.15+6) (build 17.0.15+6-Debian-1deb12u1)",
          "# Java VM: OpenJDK 64-Bit Server VM (17.0.15+6-Debian-1deb12u1, mixed mode, sharing, tiered,"
              + " compressed oops, compressed class ptrs, g1 gc, linux-amd64)",
          "# Problematic frame:",
          "# V  [libjvm.so+0xed2f94]  Unsafe_PutLong+0x124",
          "#",
          "# No core dump will be written. Core dumps have been disabled. To enable core dumping, try"
              + " \"ulimit -c unlimited\" before starting Java again",
          "#",
          "# If you would like to submit a bug report, please visit:",
          "#   https://bugs.debian.org/openjdk-17",
          "#",
          "",
          "---------------  S U M M A R Y ------------",
          "",
          "Command Line: -XX:+ExitOnOutOfMemoryError dev.faultline.worker.WorkerMain 1 /tmp/faultline.sock 4",
          "",
          "siginfo: si_signo: 11 (SIGSEGV), si_code: 1 (SEGV_MAPERR), si_addr: 0x0000000000000000",
          "");

  /**
   * The same report after {@code kill -SEGV 4711} from the process 999: the kernel says who sent
   * it.
   */
  static final String SENT_SEGV =
      SEGFAULT.replace(
          "si_code: 1 (SEGV_MAPERR), si_addr: 0x0000000000000000",
          "si_code: 0 (SI_USER), si_pid: 999, si_uid: 1000");

  private HsErrSamples() {}

  static Path write(Path file, String text) throws IOException {
    return Files.writeString(file, text, StandardCharsets.ISO_8859_1);
  }
}
