package dev.hops.yaml;

/**
 * Where a node or an error comes from: a file (as shown to the user), a 1-based line and column.
 * Line and column are 0 when unknown.
 */
public record SourcePos(String file, int line, int column) {

  /** Position of nodes made by code rather than read from a file. */
  public static final SourcePos UNKNOWN = new SourcePos("", 0, 0);

  public SourcePos {
    file = file == null ? "" : file;
  }

  public static SourcePos of(String file) {
    return new SourcePos(file, 0, 0);
  }

  public boolean isKnown() {
    return !file.isEmpty();
  }

  /** The same position moved down by {@code lines} (documents split out of a larger file). */
  public SourcePos shifted(int lines) {
    return line == 0 ? this : new SourcePos(file, line + lines, column);
  }

  @Override
  public String toString() {
    if (file.isEmpty()) {
      return "";
    }
    if (line == 0) {
      return file;
    }
    return column == 0 ? file + ":" + line : file + ":" + line + ":" + column;
  }

  // Written out, not implicit: see "Start-up cost" in ARCHITECTURE.md.
  @Override
  public boolean equals(Object o) {
    return o == this
        || o instanceof SourcePos that
            && file.equals(that.file)
            && line == that.line
            && column == that.column;
  }

  @Override
  public int hashCode() {
    int h = file.hashCode();
    h = 31 * h + line;
    return 31 * h + column;
  }
}
