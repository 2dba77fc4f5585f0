package dev.hops.flux.internal.reuse;

import dev.hops.kustomize.SourceTree;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One question a build asks of a {@link SourceTree}, and how to compare answers: a file's content
 * is answered by its bytes, a failure by the exception's class and message (what builds report).
 */
record Query(Op op, String path) {

  enum Op {
    IS_FILE,
    IS_DIRECTORY,
    LIST,
    READ,
    REAL_PATH,
    DISPLAY
  }

  /**
   * A file's content, as compared: the bytes the tree gave (not copied: readers do not modify what
   * they read). Comparing bytes is exact and cheaper than a digest, which would also load the JDK's
   * security providers, milliseconds in a cold JVM.
   */
  static final class Content {

    private final byte[] bytes;

    private Content(byte[] bytes) {
      this.bytes = bytes;
    }

    static Content of(byte[] bytes) {
      return new Content(bytes);
    }

    int length() {
      return bytes.length;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Content c && Arrays.equals(bytes, c.bytes);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
      return "Content[length=" + bytes.length + "]";
    }
  }

  /** An {@link IOException} a query threw. */
  record Failure(String type, String message) {

    static Failure of(IOException e) {
      return new Failure(e.getClass().getName(), String.valueOf(e.getMessage()));
    }

    // Written out, not implicit: see "Start-up cost" in ARCHITECTURE.md.
    @Override
    public boolean equals(Object o) {
      return o == this
          || o instanceof Failure that
              && Objects.equals(type, that.type)
              && Objects.equals(message, that.message);
    }

    @Override
    public int hashCode() {
      return 31 * Objects.hashCode(type) + Objects.hashCode(message);
    }
  }

  /** The answer {@code tree} gives now (runtime exceptions are thrown). */
  Object ask(SourceTree tree) {
    try {
      return switch (op) {
        case IS_FILE -> tree.isFile(path);
        case IS_DIRECTORY -> tree.isDirectory(path);
        case LIST -> List.copyOf(tree.list(path));
        case READ -> Content.of(tree.read(path));
        case REAL_PATH -> Optional.ofNullable(tree.realPath(path));
        case DISPLAY -> tree.display(path);
      };
    } catch (IOException e) {
      return Failure.of(e);
    }
  }

  // Written out, not implicit: see "Start-up cost" in ARCHITECTURE.md.
  @Override
  public boolean equals(Object o) {
    return o == this
        || o instanceof Query that
            && Objects.equals(op, that.op)
            && Objects.equals(path, that.path);
  }

  @Override
  public int hashCode() {
    return 31 * Objects.hashCode(op) + Objects.hashCode(path);
  }
}
