package dev.faultline.lab.it;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts a test's servers and always ends them, with everything they started: a server started in a
 * test (or {@code @BeforeEach}) ends after that test, one started in {@code @BeforeAll} after the
 * class. Register it with {@code @RegisterExtension}: on an instance field for servers per test, on
 * a static field when {@code @BeforeAll} starts one (JUnit honours the class callbacks only there).
 * The test's own {@code @AfterEach}/{@code @AfterAll} run first, so a test can still resume a
 * stopped server before it is ended. A process that survives the cleanup fails the test.
 */
final class ServerExtension implements BeforeEachCallback, AfterEachCallback, AfterAllCallback {
  private final Deque<ServerJvm> classServers = new ArrayDeque<>();
  private final Deque<ServerJvm> testServers = new ArrayDeque<>();
  private boolean inTest;

  /** {@code serve --mode <mode>}, returned once it listens; see {@link ServerJvm#start}. */
  ServerJvm start(String mode, int units, String chaosToken, Path runDir) throws IOException {
    return start(mode, units, chaosToken, runDir, List.of());
  }

  /** As {@link #start(String, int, String, Path)}, with more {@code serve} flags. */
  ServerJvm start(String mode, int units, String chaosToken, Path runDir, List<String> moreArgs)
      throws IOException {
    ServerJvm server = ServerJvm.start(mode, units, chaosToken, runDir, moreArgs);
    (inTest ? testServers : classServers).push(server);
    return server;
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    inTest = true;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    inTest = false;
    closeAll(testServers);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    closeAll(classServers);
  }

  /** Newest first; every server is ended even when one of them fails its cleanup. */
  private static void closeAll(Deque<ServerJvm> servers) {
    AssertionError failure = null;
    while (!servers.isEmpty()) {
      try {
        servers.pop().close();
      } catch (RuntimeException | AssertionError e) {
        if (failure == null) {
          failure = new AssertionError("a server's cleanup failed", e);
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }
}
