package dev.faultline.lab.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.faultline.config.ConfigException;
import dev.faultline.lab.bench.part.Part;
import dev.faultline.lab.bench.part.Parts;
import org.junit.jupiter.api.Test;

class BenchSettingsTest {
  @Test
  void shouldRunEveryPartOnceWhenAskedForAll() {
    assertThat(BenchSettings.parseParts("all"))
        .hasSize(7)
        .extracting(Part::name)
        .doesNotHaveDuplicates();
  }

  @Test
  void shouldNameThePartAndTheChoicesWhenThePartIsUnknown() {
    assertThatThrownBy(() -> BenchSettings.parseParts("ipcc"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("part")
        .hasMessageContaining("ipcc")
        .hasMessageContaining(Parts.names());
  }
}
