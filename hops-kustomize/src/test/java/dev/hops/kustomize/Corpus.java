package dev.hops.kustomize;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the shared corpus; tests that need it skip when it is absent. */
public final class Corpus {

  private Corpus() {}

  /** The corpus root, or null when it is not present on this machine. */
  public static Path root() {
    String prop = System.getProperty("hops.corpus");
    Path p = prop != null ? Path.of(prop) : Path.of("../../shared/corpus");
    p = p.toAbsolutePath().normalize();
    return Files.isDirectory(p.resolve("repos")) ? p : null;
  }
}
