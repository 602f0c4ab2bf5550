package dev.faultline.lab.matrix;

import static dev.faultline.lab.matrix.Samples.TIMELINE;
import static dev.faultline.lab.matrix.Samples.every10ms;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MatrixTableTest {
  private static final List<MatrixRow> ROWS =
      List.of(
          MatrixRow.measured(
              "segfault",
              "thread",
              TrialMeasure.of(every10ms(0, 5_000, 2_000, 5_000), TIMELINE),
              false,
              2,
              "connection_closed",
              "SIGSEGV"),
          MatrixRow.measured(
              "segfault",
              "process",
              TrialMeasure.of(every10ms(0, 5_000, 0, 0), TIMELINE),
              true,
              0,
              "http_502_worker_crashed",
              ""),
          MatrixRow.notRun("hang", "thread", "server did not start"));

  @Test
  void shouldPrintOneAlignedLinePerRowUnderAHeader() {
    List<String> lines = MatrixTable.text(ROWS).lines().toList();

    assertThat(lines).hasSize(4);
    assertThat(lines.get(0))
        .startsWith("fault     mode     valid  survived  collateral  wrong  recovery ms");
    assertThat(lines.get(1))
        .startsWith("segfault  thread     yes        no         300      0        never");
    assertThat(lines.get(2))
        .startsWith("segfault  process    yes       yes           0      0            0");
    assertThat(lines.get(3)).startsWith("hang      thread      NO        no");
    assertThat(lines.get(1)).endsWith("  connection_closed");
  }

  @Test
  void shouldWriteAMarkdownTable() {
    List<String> lines = MatrixTable.markdown(ROWS).lines().toList();

    assertThat(lines.get(0))
        .isEqualTo(
            "| fault | mode | valid | survived | collateral | wrong | recovery ms | capacity lost "
                + "| p99 base ms | p99 window ms | fault request got |");
    assertThat(lines.get(1)).isEqualTo("|---|---|---|---|---|---|---|---|---|---|---|");
    assertThat(lines.get(2))
        .isEqualTo(
            "| segfault | thread | yes | no | 300 | 0 | never | 2 | 5.0 | 3000.3 | connection_closed |");
  }
}
