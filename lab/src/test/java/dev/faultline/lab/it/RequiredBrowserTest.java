package dev.faultline.lab.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class RequiredBrowserTest {
  @TempDir Path tmp;

  @Test
  void shouldFailWhenCiIsTrueAndTheBrowserIsMissing() {
    assertThatThrownBy(() -> RequiredBrowser.require(tmp.resolve("chromium"), "chromium", "true"))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("CI=true")
        .hasMessageContaining("apt-need chromium");
  }

  @Test
  void shouldSkipWithTheInstallCommandWhenNotOnCiAndTheBrowserIsMissing() {
    assertThatThrownBy(() -> RequiredBrowser.require(tmp.resolve("chromium"), "chromium", null))
        .isInstanceOf(TestAbortedException.class)
        .hasMessageContaining("skipped")
        .hasMessageContaining("apt-need chromium");
  }

  @Test
  void shouldReturnTheBrowserWhenItIsInstalled() throws Exception {
    Path browser = tmp.resolve("chromium");
    Files.writeString(browser, "#!/bin/sh\n");
    Files.setPosixFilePermissions(browser, PosixFilePermissions.fromString("rwx------"));

    assertThat(RequiredBrowser.require(browser, "chromium", "true")).isEqualTo(browser);
  }
}
