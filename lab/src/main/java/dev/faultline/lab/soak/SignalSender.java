package dev.faultline.lab.soak;

import java.io.IOException;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * Sends a real signal to a worker from outside the master, as an operator would: {@code kill -SIG
 * pid} (the JDK can send only SIGTERM and SIGKILL). The {@code kill} process is the sender the
 * kernel names in the worker's {@code si_pid}.
 */
final class SignalSender {
  private SignalSender() {}

  /**
   * One signal the soak sent.
   *
   * @param during {@code ready} or {@code boot}: what the worker was doing
   * @param senderPid the pid of the {@code kill} process that sent it
   */
  record Sent(long pid, String signal, String during, long senderPid, Instant at) {}

  /** Sends {@code signal} (KILL, SEGV, TERM, STOP); null if the process was already gone. */
  static Sent send(long pid, String signal, String during) {
    try {
      Process kill =
          new ProcessBuilder("kill", "-" + signal, String.valueOf(pid))
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      Instant at = Instant.now();
      if (!kill.waitFor(5, TimeUnit.SECONDS)) {
        kill.destroyForcibly();
        return null;
      }
      return kill.exitValue() == 0 ? new Sent(pid, signal, during, kill.pid(), at) : null;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot run kill", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}
