package dev.hops.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table as kubectl prints them: upper-case headers, columns padded by three spaces.
 */
final class Table {

  private final List<String> headers;
  private final List<List<String>> rows = new ArrayList<>();

  Table(String... headers) {
    this.headers = List.of(headers);
  }

  /**
   * One row per record: for each column, its header and the record key it shows (lists are joined
   * with commas, line breaks flattened).
   */
  static Table of(List<java.util.Map<String, Object>> records, String... headerKeyPairs) {
    String[] headers = new String[headerKeyPairs.length / 2];
    for (int i = 0; i < headers.length; i++) {
      headers[i] = headerKeyPairs[2 * i];
    }
    Table t = new Table(headers);
    for (java.util.Map<String, Object> m : records) {
      String[] cells = new String[headers.length];
      for (int i = 0; i < headers.length; i++) {
        Object v = m.get(headerKeyPairs[2 * i + 1]);
        String cell =
            v instanceof List<?> l
                ? String.join(",", l.stream().map(String::valueOf).toList())
                : String.valueOf(v);
        cells[i] = cell.replace("\n", " ");
      }
      t.row(cells);
    }
    return t;
  }

  Table row(String... cells) {
    rows.add(List.of(cells));
    return this;
  }

  void print(PrintWriter out) {
    int[] widths = new int[headers.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = headers.get(i).length();
      for (List<String> r : rows) {
        widths[i] = Math.max(widths[i], r.get(i).length());
      }
    }
    line(out, headers, widths);
    for (List<String> r : rows) {
      line(out, r, widths);
    }
    out.flush();
  }

  private static void line(PrintWriter out, List<String> cells, int[] widths) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String c = cells.get(i);
      sb.append(c);
      if (i < cells.size() - 1) {
        sb.append(" ".repeat(widths[i] - c.length() + 3));
      }
    }
    out.println(sb.toString().stripTrailing());
  }
}
