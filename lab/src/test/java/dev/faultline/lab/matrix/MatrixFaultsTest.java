package dev.faultline.lab.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MatrixFaultsTest {

  @Test
  void shouldSizeABareLeakToTheThreadModeServersWholeHeap() {
    assertThat(MatrixFaults.effective(List.of("exit", "leak", "hang"), 2, 64))
        .containsExactly("exit", "leak:mb=128", "hang");
  }

  @Test
  void shouldKeepALeakWhoseSizeWasGiven() {
    assertThat(MatrixFaults.effective(List.of("leak:mb=8"), 2, 64)).containsExactly("leak:mb=8");
  }

  @Test
  void shouldCapTheLeakAtItsUpperBound() {
    assertThat(MatrixFaults.effective(List.of("leak"), 64, 4096)).containsExactly("leak:mb=4096");
  }
}
