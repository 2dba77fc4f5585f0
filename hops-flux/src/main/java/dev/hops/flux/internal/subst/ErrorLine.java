package dev.hops.flux.internal.subst;

import java.nio.charset.StandardCharsets;

/** Points at the line of a parse error in the text envsubst worked on. */
final class ErrorLine {

  private ErrorLine() {}

  /** "at line N of the object as Flux serializes it: <line>", from a UTF-8 byte offset. */
  static String describe(String text, int byteOffset) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    // the scanner stands after the character it failed on: report that character's line
    int offset = Math.min(Math.max(byteOffset - 1, 0), bytes.length);
    int line = 1;
    int start = 0;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
        start = i + 1;
      }
    }
    int end = start;
    while (end < bytes.length && bytes[end] != '\n') {
      end++;
    }
    String content = new String(bytes, start, end - start, StandardCharsets.UTF_8).strip();
    return "at line " + line + " of the object as Flux serializes it: " + content;
  }

  /** "at line N of the object as Flux serializes it: <line>", from a 1-based line number. */
  static String atLine(String text, int line) {
    String[] lines = text.split("\n", -1);
    String content = line >= 1 && line <= lines.length ? lines[line - 1].strip() : "";
    return "at line " + line + " of the object as Flux serializes it: " + content;
  }
}
