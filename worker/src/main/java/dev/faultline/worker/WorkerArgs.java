package dev.faultline.worker;

import dev.faultline.config.ExitCodes;

/**
 * The worker's command line, written by the master: {@code <id> <endpoint> <job-threads>
 * [<heartbeat-ms>]}, where the endpoint is where the master listens ({@link MasterLink}).
 */
record WorkerArgs(int id, String endpoint, int jobThreads, long heartbeatMillis) {
  static final long DEFAULT_HEARTBEAT_MILLIS = 500;

  static WorkerArgs parse(String[] args) {
    try {
      if (args.length != 3 && args.length != 4) {
        throw new IllegalArgumentException("expected 3 or 4 arguments, got " + args.length);
      }
      long heartbeat = args.length == 4 ? Long.parseLong(args[3]) : DEFAULT_HEARTBEAT_MILLIS;
      if (heartbeat <= 0) {
        throw new IllegalArgumentException("heartbeat-ms must be > 0, but was " + heartbeat);
      }
      return new WorkerArgs(
          Integer.parseInt(args[0]), args[1], Integer.parseInt(args[2]), heartbeat);
    } catch (RuntimeException e) {
      System.err.println(
          "usage: WorkerMain <id> <endpoint> <job-threads> [<heartbeat-ms>] ("
              + e.getMessage()
              + ")");
      System.exit(ExitCodes.USAGE);
      throw e;
    }
  }
}
