package dev.faultline.supervisor.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupArchiveTest {
  @TempDir Path dir;

  @Test
  void shouldUseAnAppCdsArchiveBesideTheJarOnJdk17() throws IOException {
    Path jar = Files.write(dir.resolve("faultline.jar"), new byte[] {1, 2, 3});

    StartupArchive a =
        StartupArchive.forJar(jar.toString(), Runtime.Version.parse("17.0.15")).get();

    assertThat(a.isAotCache()).isFalse();
    assertThat(a.file().getParent()).isEqualTo(jar.getParent());
    assertThat(a.file().getFileName().toString())
        .startsWith("faultline.jar.worker-jdk17.0.15-3-")
        .endsWith(".jsa");
  }

  @Test
  void shouldUseAnAotCacheFromJdk24On() throws IOException {
    Path jar = Files.write(dir.resolve("faultline.jar"), new byte[] {1});

    StartupArchive a = StartupArchive.forJar(jar.toString(), Runtime.Version.parse("25.0.3")).get();

    assertThat(a.isAotCache()).isTrue();
    assertThat(a.file().toString()).endsWith(".aot");
  }

  @Test
  void shouldHaveNoArchiveWhenTheClassPathIsNotOneJar() {
    Runtime.Version jdk = Runtime.Version.parse("17");

    assertThat(StartupArchive.forJar(dir.toString(), jdk)).isEmpty();
    assertThat(StartupArchive.forJar("a.jar:b.jar", jdk)).isEmpty();
    assertThat(StartupArchive.forJar(dir.resolve("missing.jar").toString(), jdk)).isEmpty();
  }

  @Test
  void shouldAddNoFlagWhileTheArchiveIsNotBuilt() throws IOException {
    Path jar = Files.write(dir.resolve("faultline.jar"), new byte[] {1});
    StartupArchive a = StartupArchive.forJar(jar.toString(), Runtime.Version.parse("17")).get();
    assertThat(a.useFlags()).isEmpty();

    Files.write(a.file(), new byte[] {0});

    assertThat(a.useFlags()).containsExactly("-XX:SharedArchiveFile=" + a.file());
  }
}
