package dev.hops.cli;

import dev.hops.kustomize.Kustomizer;
import dev.hops.kustomize.LoadRestrictor;
import dev.hops.kustomize.ResourceList;
import dev.hops.kustomize.SourceTree;
import dev.hops.yaml.HopsException;
import dev.hops.yaml.KustomizeYaml;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds many kustomization directories in one process, in parallel, sharing one parse cache:
 * writes {@code OUT/<dir>.yaml} or {@code OUT/<dir>.error}; a failure does not stop the others.
 */
final class BatchBuild {

  private final Console console;
  private final Kustomizer kustomizer;
  private final ConcurrentLinkedQueue<String> warnings = new ConcurrentLinkedQueue<>();

  BatchBuild(Console console, LoadRestrictor restrictor) {
    this.console = console;
    this.kustomizer =
        Kustomizer.builder().loadRestrictor(restrictor).warnings(warnings::add).build();
  }

  int run(List<String> dirs, Path out) throws IOException {
    Files.createDirectories(out);
    SourceTree tree = SourceTree.localFileSystem();
    AtomicInteger failed = new AtomicInteger();
    List<String> messages = new ArrayList<>();
    String[] errors = new String[dirs.size()];
    java.util.stream.IntStream.range(0, dirs.size())
        .parallel()
        .forEach(
            i -> {
              String dir = dirs.get(i);
              String base = fileName(dir);
              try {
                ResourceList r = kustomizer.build(tree, KustomizeBuildCommand.treePath(dir));
                write(out.resolve(base + ".yaml"), KustomizeYaml.toYaml(r.nodes()));
                delete(out.resolve(base + ".error"));
              } catch (HopsException e) {
                failed.incrementAndGet();
                errors[i] = dir + ": " + e.format();
                write(out.resolve(base + ".error"), e.format() + "\n");
                delete(out.resolve(base + ".yaml"));
              } catch (RuntimeException e) {
                failed.incrementAndGet();
                errors[i] = dir + ": internal error: " + e;
                write(out.resolve(base + ".error"), "internal error: " + e + "\n");
                if (console.debug()) {
                  e.printStackTrace(console.err());
                }
              }
            });
    for (String e : errors) {
      if (e != null) {
        messages.add(e);
      }
    }
    for (String w : new java.util.TreeSet<>(warnings)) {
      console.err().println(w);
    }
    for (String m : messages) {
      console.err().println("Error: " + m);
    }
    console
        .err()
        .printf(
            "built %d of %d directories into %s%n", dirs.size() - failed.get(), dirs.size(), out);
    return failed.get() == 0 ? 0 : 1;
  }

  /** DIR as given, without a leading ./ or trailing /, with / replaced by __. */
  static String fileName(String dir) {
    String d = dir;
    while (d.startsWith("./")) {
      d = d.substring(2);
    }
    while (d.endsWith("/") && d.length() > 1) {
      d = d.substring(0, d.length() - 1);
    }
    return d.replace("/", "__");
  }

  private static void write(Path p, String text) {
    try {
      Files.writeString(p, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
