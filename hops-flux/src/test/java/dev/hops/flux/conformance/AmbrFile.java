package dev.hops.flux.conformance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A syrupy snapshot file ({@code .ambr}, serializer version 1) holding one multi-line string per
 * test: a {@code # name: test_x[ID]} line, then {@code '''}, the string's lines indented by two
 * spaces, {@code '''} and a {@code # ---} line. syrupy writes multi-line strings without escaping,
 * so stripping the indent gives the command's output back.
 */
final class AmbrFile {

  private static final String NAME = "# name: ";
  private static final String QUOTES = "'''";
  private static final String INDENT = "  ";

  private AmbrFile() {}

  /** Snapshot name ({@code test_build_ks[build-ks]}) to its text, in file order. */
  static Map<String, String> read(Path file) throws IOException {
    return parse(Files.readAllLines(file), file.toString());
  }

  static Map<String, String> parse(List<String> lines, String file) {
    Map<String, String> out = new LinkedHashMap<>();
    int i = 0;
    while (i < lines.size()) {
      String line = lines.get(i);
      if (!line.startsWith(NAME)) {
        i++;
        continue;
      }
      String name = line.substring(NAME.length()).strip();
      i++;
      if (i < lines.size() && lines.get(i).equals(INDENT + "''")) {
        out.put(name, ""); // an empty output, written on one line
        i++;
        continue;
      }
      if (i >= lines.size() || !lines.get(i).equals(INDENT + QUOTES)) {
        throw new IllegalArgumentException(
            file + ":" + (i + 1) + ": snapshot " + name + " is not a multi-line string");
      }
      i++;
      StringBuilder body = new StringBuilder();
      while (i < lines.size() && !lines.get(i).equals(INDENT + QUOTES)) {
        String l = lines.get(i);
        if (!l.isEmpty() && !l.startsWith(INDENT)) {
          throw new IllegalArgumentException(
              file + ":" + (i + 1) + ": line of snapshot " + name + " is not indented");
        }
        body.append(l.isEmpty() ? "" : l.substring(INDENT.length())).append('\n');
        i++;
      }
      if (i >= lines.size()) {
        throw new IllegalArgumentException(file + ": snapshot " + name + " is not closed");
      }
      if (out.put(name, body.toString()) != null) {
        throw new IllegalArgumentException(file + ": snapshot " + name + " appears twice");
      }
      i++;
    }
    return out;
  }
}
