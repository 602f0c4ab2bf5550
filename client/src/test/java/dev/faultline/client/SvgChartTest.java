package dev.faultline.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SvgChartTest {

  @Test
  void shouldPickAboutSixRoundTicks() {
    assertThat(SvgChart.linearTicks(0, 30))
        .extracting(SvgChart.Tick::label)
        .containsExactly("0", "5", "10", "15", "20", "25", "30");
    assertThat(SvgChart.linearTicks(0, 105))
        .extracting(SvgChart.Tick::label)
        .containsExactly("0", "20", "40", "60", "80", "100");
    assertThat(SvgChart.linearTicks(0, 1.1))
        .extracting(SvgChart.Tick::label)
        .containsExactly("0", "0.2", "0.4", "0.6", "0.8", "1");
  }

  @Test
  void shouldBreakALineWhereAValueIsMissing() {
    String svg =
        new SvgChart("t", "s", 0, 4)
            .linearY(0, 10)
            .add(
                new SvgChart.Series(
                    "a",
                    "#000",
                    "",
                    1,
                    List.of(
                        new double[] {0, 1},
                        new double[] {1, 2},
                        new double[] {2, Double.NaN},
                        new double[] {3, 4},
                        new double[] {4, 5})))
            .render();

    assertThat(svg.split("<polyline", -1)).hasSize(3);
  }

  @Test
  void shouldDrawWholeDecadesOnALogScale() {
    String svg = new SvgChart("t", "s", 0, 4).logY(0.3, 1500).render();

    assertThat(svg)
        .contains(">0.1<")
        .contains(">1<")
        .contains(">10<")
        .contains(">100<")
        .contains(">1000<")
        .contains(">10000<");
  }

  @Test
  void shouldShadeBandsAndMarkEventsWithTheirTextAsTooltips() {
    String svg =
        new SvgChart("t", "s", 0, 10)
            .linearY(0, 1)
            .band(new SvgChart.Band(5, 5.5, "segfault"))
            .band(new SvgChart.Band(5, 8, "thread down", "#e8590c"))
            .marker(new SvgChart.Marker(5.1, "#e8590c", "thread died: <SIGSEGV>"))
            .render();

    assertThat(svg)
        .contains("class=\"band\"")
        .contains(">segfault</text>")
        .contains("class=\"down\" fill=\"#e8590c\"")
        .contains("<title>thread died: &lt;SIGSEGV&gt;</title>");
  }
}
