package dev.faultline.lab.it;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The headless browser a browser test drives. On CI ({@code CI=true}) a missing browser fails the
 * test: {@code .ci/run} installs it, so its absence is a broken CI, never a reason to pass by
 * skipping. Elsewhere the test is skipped with a message that says how to install it.
 */
final class RequiredBrowser {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  private RequiredBrowser() {}

  /** Debian's Chromium, or the end of the test (failed on CI, skipped elsewhere). */
  static Path chromium() {
    return require(CHROMIUM, "chromium", System.getenv("CI"));
  }

  static Path require(Path executable, String debianPackage, String ci) {
    if (Files.isExecutable(executable)) {
      return executable;
    }
    String missing = executable + " is not installed (as root: .ci/apt-need " + debianPackage + ")";
    if ("true".equalsIgnoreCase(ci)) {
      return fail("CI=true and " + missing + ": a browser test may not skip on CI");
    }
    return abort("skipped: " + missing + "; on CI (CI=true) this test fails instead");
  }
}
