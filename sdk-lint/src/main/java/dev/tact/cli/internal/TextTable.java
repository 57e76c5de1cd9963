package dev.tact.cli.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows of cells printed with aligned columns, two spaces apart. The last cell of a row is not
 * padded and sets no column width, so a one-cell row serves as a heading and lines carry no
 * trailing spaces.
 */
final class TextTable {
  private final List<String[]> rows = new ArrayList<>();

  /** Adds a row; rows may have different numbers of cells. */
  TextTable row(String... cells) {
    rows.add(cells.clone());
    return this;
  }

  /** The rows, each indented and ended with a line break. */
  String render(String indent) {
    List<Integer> widths = new ArrayList<>();
    for (String[] row : rows) {
      for (int i = 0; i < row.length - 1; i++) {
        if (widths.size() <= i) {
          widths.add(0);
        }
        widths.set(i, Math.max(widths.get(i), row[i].length()));
      }
    }
    StringBuilder text = new StringBuilder();
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder(indent);
      for (int i = 0; i < row.length; i++) {
        line.append(row[i]);
        if (i < row.length - 1) {
          line.append(" ".repeat(widths.get(i) - row[i].length() + 2));
        }
      }
      text.append(line.toString().stripTrailing()).append('\n');
    }
    return text.toString();
  }
}
