package dev.faultline.lab.soak;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** The soak's checks, each with what was measured, printed as they are decided. */
final class SoakReport {
  private final PrintStream out;
  private final List<String> failed = new ArrayList<>();

  SoakReport(PrintStream out) {
    this.out = out;
  }

  void check(String name, boolean passed, String measured) {
    out.println((passed ? "PASS " : "FAIL ") + name + ": " + measured);
    if (!passed) {
      failed.add(name);
    }
  }

  void info(String line) {
    out.println("     " + line);
  }

  List<String> failed() {
    return failed;
  }
}
