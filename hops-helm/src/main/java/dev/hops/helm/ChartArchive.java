package dev.hops.helm;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/** A packaged chart ({@code .tgz}) unpacked into a folder, as Helm's loader reads it. */
public final class ChartArchive {

  private ChartArchive() {}

  /**
   * Unpacks {@code archive} into {@code into} and returns the chart's folder (the archive's single
   * top folder, which holds {@code Chart.yaml}).
   *
   * @throws IOException when the archive is not a gzipped tar, escapes its folder, or holds no
   *     chart
   */
  public static Path unpack(Path archive, Path into) throws IOException {
    Files.createDirectories(into);
    Path root = into.toAbsolutePath().normalize();
    try (InputStream in = new BufferedInputStream(Files.newInputStream(archive));
        // the JDK's reader: Helm's gzip header carries an extra field that is not made of
        // subfields, which commons-compress rejects
        GZIPInputStream gz = new GZIPInputStream(in);
        TarArchiveInputStream tar = new TarArchiveInputStream(gz)) {
      TarArchiveEntry e;
      while ((e = tar.getNextEntry()) != null) {
        Path target = root.resolve(e.getName()).normalize();
        if (!target.startsWith(root)) {
          throw new IOException(archive + ": entry '" + e.getName() + "' leaves the chart folder");
        }
        if (e.isDirectory()) {
          Files.createDirectories(target);
        } else if (e.isFile()) {
          Files.createDirectories(target.getParent());
          Files.copy(tar, target);
        }
      }
    }
    try (var tops = Files.list(root)) {
      for (Path p : tops.toList()) {
        if (Files.isRegularFile(p.resolve("Chart.yaml"))) {
          return p;
        }
      }
    }
    throw new IOException(archive + ": no chart (a folder with Chart.yaml) in the archive");
  }
}
