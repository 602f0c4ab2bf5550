package dev.faultline.supervisor.death;

import java.util.Map;

/** Linux signal numbers and names, for reading exit statuses of 128 + signal. */
public final class Signals {
  private static final Map<Integer, String> NAMES =
      Map.ofEntries(
          Map.entry(1, "SIGHUP"),
          Map.entry(2, "SIGINT"),
          Map.entry(3, "SIGQUIT"),
          Map.entry(4, "SIGILL"),
          Map.entry(5, "SIGTRAP"),
          Map.entry(6, "SIGABRT"),
          Map.entry(7, "SIGBUS"),
          Map.entry(8, "SIGFPE"),
          Map.entry(9, "SIGKILL"),
          Map.entry(10, "SIGUSR1"),
          Map.entry(11, "SIGSEGV"),
          Map.entry(12, "SIGUSR2"),
          Map.entry(13, "SIGPIPE"),
          Map.entry(14, "SIGALRM"),
          Map.entry(15, "SIGTERM"),
          Map.entry(24, "SIGXCPU"),
          Map.entry(25, "SIGXFSZ"),
          Map.entry(31, "SIGSYS"));

  private Signals() {}

  /** The JDK reports a process killed by signal S as exit status 128 + S. */
  public static boolean isSignalStatus(int exitStatus) {
    return exitStatus > 128 && exitStatus < 128 + 65;
  }

  public static String name(int signal) {
    return NAMES.getOrDefault(signal, "signal " + signal);
  }
}
