package dev.faultline.lab.bench.child;

import dev.faultline.config.ExitCodes;
import dev.faultline.lab.bench.ipc.Transports;
import dev.faultline.lab.bench.proc.ChildJvm;
import dev.faultline.worker.ParentWatch;
import java.util.Arrays;
import java.util.List;

/**
 * Entry point of the benchmark's child JVMs, started from the same jar with the workers' flags:
 * {@code BenchChild <role> <args...>}. Roles: {@code echo <kind> <args...>} (the far end of an IPC
 * round trip), {@code hello} (says it reached main, for the JVM start time), {@code layout} (the
 * address-space evidence), {@code threads} (idle threads on demand, for their memory), {@code count
 * <n>} (a counter no one else can touch). Control lines go to stderr ({@link ChildJvm#say}); a
 * child whose stdin is not its data channel ends when stdin ends, so it never outlives the
 * benchmark.
 */
public final class BenchChild {
  static final int EXIT_USAGE = ExitCodes.USAGE;
  static final int EXIT_FAILED = ExitCodes.BENCH_CHILD_FAILED;

  private BenchChild() {}

  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("hello")) {
      ChildJvm.say("main");
      System.exit(0);
    }
    try {
      run(
          args.length == 0 ? "" : args[0],
          Arrays.asList(args).subList(Math.min(1, args.length), args.length));
      System.exit(0);
    } catch (IllegalArgumentException e) {
      ChildJvm.say("error " + e.getMessage());
      System.exit(EXIT_USAGE);
    } catch (Exception e) {
      ChildJvm.say("error " + e);
      System.exit(EXIT_FAILED);
    }
  }

  private static void run(String role, List<String> args) throws Exception {
    switch (role) {
      case "echo" -> echo(args);
      case "layout" -> LayoutRole.run();
      case "threads" -> IdleThreadsRole.run();
      case "count" -> CountRole.run(Long.parseLong(args.get(0)));
      default ->
          throw new IllegalArgumentException(
              "usage: BenchChild echo|hello|layout|threads|count ..., not '" + role + "'");
    }
  }

  private static void echo(List<String> args) throws Exception {
    String kind = args.get(0);
    if (!kind.equals("pipe")) {
      ParentWatch.onStdinEof(() -> Runtime.getRuntime().halt(0));
    }
    Transports.serveEcho(kind, args.subList(1, args.size()));
  }
}
