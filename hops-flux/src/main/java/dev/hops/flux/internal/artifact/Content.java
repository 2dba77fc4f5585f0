package dev.hops.flux.internal.artifact;

import dev.hops.kustomize.SourceTree;
import java.io.IOException;

/** A staged file's bytes: a file of a source tree (not copied), or bytes the builder wrote. */
sealed interface Content {

  byte[] read() throws IOException;

  /** How to show the file to a user. */
  String display();

  /** A file of a fetched source, read when needed. */
  record SourceFile(SourceTree tree, String path) implements Content {
    @Override
    public byte[] read() throws IOException {
      return tree.read(path);
    }

    @Override
    public String display() {
      return tree.display(path);
    }
  }

  /** Bytes the builder produced (a merged YAML file). */
  record Generated(byte[] data, String display) implements Content {
    @Override
    public byte[] read() {
      return data.clone();
    }
  }
}
