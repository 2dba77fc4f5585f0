package dev.hops.check.schema;

import dev.hops.check.CheckConfigException;
import dev.hops.yaml.SourcePos;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The Kubernetes minors Hops has the built-in schemas of (made at build time by {@code
 * dev.hops.check.schemagen.SchemaGen}), and the reading of their files.
 */
public final class KubeVersions {

  static final String RESOURCES = "/dev/hops/check/schema/kubernetes/";

  private static final Pattern VERSION =
      Pattern.compile("^v?(\\d+)\\.(\\d+)(?:\\.\\d+)?(?:[-+].*)?$");

  private KubeVersions() {}

  /** The minors there are schemas for, oldest first ({@code 1.30}, {@code 1.31}, ...). */
  public static List<String> available() {
    List<String> out = new ArrayList<>();
    lines(RESOURCES + "versions", false, (Consumer<String>) l -> out.add(l.trim()));
    return out;
  }

  /**
   * The minor of a version ({@code 1.32.0}, {@code v1.32} and {@code 1.32} are {@code 1.32});
   * throws when Hops has no schemas for it.
   */
  public static String minor(String kubeVersion) {
    List<String> available = available();
    Matcher m = VERSION.matcher(kubeVersion == null ? "" : kubeVersion.trim());
    String minor = m.matches() ? m.group(1) + "." + m.group(2) : null;
    if (minor == null || !available.contains(minor)) {
      throw new CheckConfigException(
          SourcePos.UNKNOWN,
          "unsupported Kubernetes version '"
              + kubeVersion
              + "': the schemas of built-in kinds are available for "
              + String.join(", ", available));
    }
    return minor;
  }

  /** Reads a resource line by line (gunzipped when {@code gzip}). */
  static void lines(String resource, boolean gzip, Consumer<String> line) {
    lines(
        resource,
        gzip,
        l -> {
          line.accept(l);
          return true;
        });
  }

  /** Reads a resource line by line until {@code line} returns false. */
  static void lines(String resource, boolean gzip, Predicate<String> line) {
    try (InputStream raw = KubeVersions.class.getResourceAsStream(resource)) {
      if (raw == null) {
        throw new IllegalStateException("missing resource " + resource + ": a broken build");
      }
      InputStream in = gzip ? new GZIPInputStream(raw, 64 * 1024) : raw;
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String l = r.readLine(); l != null && line.test(l); l = r.readLine()) {}
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
