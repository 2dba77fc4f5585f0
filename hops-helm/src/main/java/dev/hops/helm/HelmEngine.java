package dev.hops.helm;

import com.marcnuri.helm.TemplateCommand;
import com.marcnuri.helm.jni.HelmLib;
import com.marcnuri.helm.jni.NativeLibrary;
import com.sun.jna.Native;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Helm's own template engine (Helm's Go library, through helm-java's native library), loaded once
 * per process. The library (about 100 MB) is unpacked once into the cache folder and reused by
 * later runs, where helm-java would unpack it into a new temporary folder on every start.
 */
public final class HelmEngine {

  private static volatile HelmEngine shared;

  private final HelmLib lib;

  private HelmEngine(HelmLib lib) {
    this.lib = lib;
  }

  /** The engine of this process, loading the native library on first use. */
  public static HelmEngine shared(Path cacheDir) {
    HelmEngine e = shared;
    if (e == null) {
      synchronized (HelmEngine.class) {
        e = shared;
        if (e == null) {
          e = new HelmEngine(load(cacheDir));
          shared = e;
        }
      }
    }
    return e;
  }

  private static HelmLib load(Path cacheDir) {
    NativeLibrary nativeLibrary = NativeLibrary.getInstance();
    String name = nativeLibrary.getBinaryName();
    URL resource = nativeLibrary.getClass().getResource("/" + name);
    if (resource == null) {
      throw new HelmException("Helm's native library " + name + " is missing from the class path");
    }
    try {
      long size = resource.openConnection().getContentLengthLong();
      Path dir = cacheDir.resolve("native");
      Path binary = dir.resolve(size + "-" + name);
      if (!Files.isRegularFile(binary) || Files.size(binary) != size) {
        Files.createDirectories(dir);
        Path part = Files.createTempFile(dir, name, ".part");
        try (InputStream in = resource.openStream()) {
          Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
        }
        try {
          Files.move(part, binary, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(part, binary, StandardCopyOption.REPLACE_EXISTING);
        }
      }
      return Native.load(binary.toAbsolutePath().toString(), HelmLib.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot unpack Helm's native library: " + e.getMessage(), e);
    }
  }

  /** The native library, for Helm's other commands (tests package and push charts with it). */
  public HelmLib lib() {
    return lib;
  }

  /**
   * {@code helm template}: the release manifest (templates only: no CRDs from {@code crds/}, no
   * hooks, no tests), as Helm writes it.
   *
   * @throws HelmException with Helm's own message when the chart does not load or render
   */
  public String template(Path chartDir, Release release, Path valuesFile) {
    TemplateCommand command =
        new TemplateCommand(lib, chartDir)
            .withName(release.name())
            .withNamespace(release.namespace())
            .skipCrds();
    if (release.kubeVersion() != null) {
      command.withKubeVersion(release.kubeVersion());
    }
    if (valuesFile != null) {
      command.withValuesFile(valuesFile);
    }
    try {
      return command.call();
    } catch (IllegalStateException e) {
      throw new HelmException(e.getMessage().strip());
    }
  }
}
