package dev.faultline.lab.demo;

import java.io.PrintStream;

/**
 * The demo's terminal: several threads print to it (two servers' logs, the root, the load client),
 * one whole line at a time, each line prefixed with who said it.
 */
public final class Console {
  private final PrintStream out;

  public Console(PrintStream out) {
    this.out = out;
  }

  public synchronized void line(String text) {
    out.println(text);
    out.flush();
  }

  /** {@code [root] text} */
  public void root(String text) {
    line("[root] " + text);
  }
}
