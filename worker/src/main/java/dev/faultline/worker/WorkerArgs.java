package dev.faultline.worker;

import java.nio.file.Path;

/** The worker's command line, written by the master: {@code <id> <socket-path> <job-threads>}. */
record WorkerArgs(int id, Path socket, int jobThreads) {

  static WorkerArgs parse(String[] args) {
    try {
      if (args.length != 3) {
        throw new IllegalArgumentException("expected 3 arguments, got " + args.length);
      }
      return new WorkerArgs(Integer.parseInt(args[0]), Path.of(args[1]), Integer.parseInt(args[2]));
    } catch (RuntimeException e) {
      System.err.println("usage: WorkerMain <id> <socket-path> <job-threads> (" + e.getMessage() + ")");
      System.exit(WorkerMain.EXIT_USAGE);
      throw e;
    }
  }
}
