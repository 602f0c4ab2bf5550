package dev.faultline.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExitCodesTest {
  private static Map<String, Integer> table() throws IllegalAccessException {
    Map<String, Integer> table = new LinkedHashMap<>();
    for (Field f : ExitCodes.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == int.class) {
        table.put(f.getName(), f.getInt(null));
      }
    }
    return table;
  }

  @Test
  void shouldGiveEveryExitStatusOneMeaning() throws IllegalAccessException {
    Map<String, Integer> table = table();

    assertThat(table.values()).doesNotHaveDuplicates();
    assertThat(table)
        .containsEntry("USAGE", 2)
        .containsEntry("STATE_CORRUPTED", 65)
        .containsEntry("CANNOT_LISTEN", 69)
        .containsEntry("POOL_EXHAUSTED", 75)
        .containsEntry("THRESHOLDS_FAILED", 99);
  }

  @Test
  void shouldKeepTheStatusesAParentCanReadBelowTheSignalRange() throws IllegalAccessException {
    assertThat(Arrays.asList(table().values().toArray(Integer[]::new)))
        .allMatch(status -> status >= 0 && status < 128);
  }
}
