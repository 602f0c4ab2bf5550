package dev.faultline.lab.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.faultline.lab.it.ServerJvm.Reply;
import dev.faultline.worker.Workload;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thread mode against real faults: a fatal fault takes the whole server JVM down; an exception does
 * not.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ThreadModeIT {
  private static final String TOKEN = "thread-it-token";
  private static final Map<String, String> CHAOS = Map.of("X-Chaos-Token", TOKEN);

  @TempDir Path tmp;
  private ServerJvm server;

  @RegisterExtension final ServerExtension servers = new ServerExtension();

  @Test
  void shouldDieWithTheWholeServerJvmWhenOneRequestSegfaults() throws Exception {
    server = servers.start("thread", 2, TOKEN, tmp.resolve("run"));
    long pid = server.pid();
    assertThat(server.get("/work?input=1&cost=1").status())
        .as("a plain request before the fault")
        .isEqualTo(200);

    assertThatThrownBy(() -> server.get("/work?input=2&cost=1&fault=segfault", CHAOS))
        .as("the faulted request gets no HTTP answer at all")
        .isInstanceOf(IOException.class);

    await("server JVM exit")
        .atMost(Duration.ofSeconds(30))
        .until(() -> !server.process().isAlive());
    assertThat(server.process().exitValue()).as("exit status").isNotZero();
    Path hsErr = server.runDir().resolve("hs_err_pid" + pid + ".log");
    assertThat(hsErr).isRegularFile();
    assertThat(Files.readString(hsErr, StandardCharsets.ISO_8859_1)).contains("SIGSEGV");
    assertThat(server.logText())
        .contains("A fatal error has been detected by the Java Runtime Environment");
    assertThatThrownBy(() -> server.get("/health"))
        .as("nobody answers any more")
        .isInstanceOf(IOException.class);
  }

  @Test
  void shouldExitWithStatus1AndLeaveNoCrashReportWhenOneRequestCallsSystemExit() throws Exception {
    server = servers.start("thread", 2, TOKEN, tmp.resolve("run"));
    long pid = server.pid();

    assertThatThrownBy(() -> server.get("/work?input=2&cost=1&fault=exit", CHAOS))
        .as("the faulted request gets no HTTP answer")
        .isInstanceOf(IOException.class);

    await("server JVM exit")
        .atMost(Duration.ofSeconds(30))
        .until(() -> !server.process().isAlive());
    assertThat(server.process().exitValue()).isEqualTo(1);
    assertThat(server.runDir().resolve("hs_err_pid" + pid + ".log")).doesNotExist();
  }

  @Test
  void shouldAnswer500AndKeepServingWhenTheJobThrows() throws Exception {
    server = servers.start("thread", 2, TOKEN, tmp.resolve("run"));

    Reply failed = server.get("/work?input=3&cost=1&fault=exception", CHAOS);

    assertThat(failed.status()).as(failed.body()).isEqualTo(500);
    assertThat(failed.json().getString("error")).isEqualTo("job_failed");
    assertThat(failed.json().getString("message")).contains("InjectedFaultException");
    Reply next = server.get("/work?input=3&cost=10");
    assertThat(next.status()).as(next.body()).isEqualTo(200);
    assertThat(next.json().getString("digest")).isEqualTo(Long.toHexString(Workload.digest(3, 10)));
    assertThat(next.json().getLong("pid")).as("the same JVM answers").isEqualTo(server.pid());
    assertThat(server.process().isAlive()).isTrue();
  }
}
