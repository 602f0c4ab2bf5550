package dev.faultline.lab.docs;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines two texts do not share, as a unified diff marks them ({@code -} shown, {@code +} due).
 */
final class LineDiff {
  private LineDiff() {}

  static String of(String shown, String due) {
    String[] a = shown.split("\n", -1);
    String[] b = due.split("\n", -1);
    int[][] common = new int[a.length + 1][b.length + 1];
    for (int i = a.length - 1; i >= 0; i--) {
      for (int j = b.length - 1; j >= 0; j--) {
        common[i][j] =
            a[i].equals(b[j])
                ? common[i + 1][j + 1] + 1
                : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    List<String> lines = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.length || j < b.length) {
      if (i < a.length && j < b.length && a[i].equals(b[j])) {
        i++;
        j++;
      } else if (i < a.length && (j == b.length || common[i + 1][j] >= common[i][j + 1])) {
        lines.add("- " + a[i++]);
      } else {
        lines.add("+ " + b[j++]);
      }
    }
    return String.join("\n", lines);
  }
}
