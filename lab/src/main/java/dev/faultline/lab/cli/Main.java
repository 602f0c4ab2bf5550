package dev.faultline.lab.cli;

import dev.faultline.config.ConfigException;
import dev.faultline.config.ExitCodes;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code faultline}: the one entry point of the jar. */
@Command(
    name = "faultline",
    mixinStandardHelpOptions = true,
    version = "faultline 0.1.0",
    description = {
      "Runs the same workload in thread mode and in process mode, injects real faults,",
      "and shows which mode survives them. Start with: faultline demo"
    },
    subcommands = {
      DemoCommand.class,
      ServeCommand.class,
      LoadCommand.class,
      MatrixCommand.class,
      DashboardCommand.class,
      BenchCommand.class,
      SoakCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setDefaultValueProvider(new ConfigDefaults());
    cl.setParameterExceptionHandler(
        (e, args) -> {
          CommandLine cmd = e.getCommandLine();
          cmd.getErr()
              .println(
                  "faultline "
                      + cmd.getCommandName()
                      + ": "
                      + e.getMessage()
                      + " (see faultline "
                      + cmd.getCommandName()
                      + " --help)");
          return ExitCodes.USAGE;
        });
    cl.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          if (e instanceof ConfigException c) {
            cmd.getErr().println("faultline " + cmd.getCommandName() + ": " + c.getMessage());
            return ExitCodes.USAGE;
          }
          throw e;
        });
    return cl;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
