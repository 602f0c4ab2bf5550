package dev.faultline.server;

import dev.faultline.config.ConfigException;
import dev.faultline.config.ExitCodes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code faultline}: the one entry point of the jar. It runs the server's own command, {@code
 * serve}, and the commands of every harness on the class path ({@link HarnessCommands}).
 */
@Command(
    name = "faultline",
    mixinStandardHelpOptions = true,
    version = "faultline 0.1.0",
    description = {
      "Runs the same workload in thread mode and in process mode, injects real faults,",
      "and shows which mode survives them. Start with: faultline demo"
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  public static CommandLine commandLine() {
    return commandLine(
        ServiceLoader.load(HarnessCommands.class).stream().map(p -> p.get()).toList());
  }

  /**
   * {@code faultline} with these harnesses' commands: each one's lead, serve and node, then the
   * others.
   */
  static CommandLine commandLine(List<HarnessCommands> harnesses) {
    CommandLine cl = new CommandLine(new Main());
    Map<String, Map<String, Object>> defaults = new HashMap<>();
    harnesses.forEach(h -> cl.addSubcommand(h.lead()));
    cl.addSubcommand(new ServeCommand());
    cl.addSubcommand(new NodeCommand());
    for (HarnessCommands h : harnesses) {
      h.others().forEach(cl::addSubcommand);
      defaults.putAll(h.defaults());
    }
    cl.addSubcommand(new CommandLine.HelpCommand());
    cl.setDefaultValueProvider(new ConfigDefaults(defaults));
    cl.setParameterExceptionHandler(Main::badFlag);
    cl.setExecutionExceptionHandler(Main::badSetting);
    return cl;
  }

  /** A flag picocli cannot parse: one line naming it, exit 2. */
  private static int badFlag(CommandLine.ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    String name = cmd.getCommandName();
    cmd.getErr()
        .println(
            "faultline " + name + ": " + e.getMessage() + " (see faultline " + name + " --help)");
    return ExitCodes.USAGE;
  }

  /** A setting that breaks a rule: its message (key, rule, value), exit 2; anything else throws. */
  private static int badSetting(Exception e, CommandLine cmd, CommandLine.ParseResult parsed)
      throws Exception {
    if (e instanceof ConfigException c) {
      cmd.getErr().println("faultline " + cmd.getCommandName() + ": " + c.getMessage());
      return ExitCodes.USAGE;
    }
    throw e;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
