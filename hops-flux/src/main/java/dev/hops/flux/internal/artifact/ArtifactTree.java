package dev.hops.flux.internal.artifact;

import dev.hops.flux.internal.artifact.StagingTree.Entry;
import dev.hops.kustomize.SourceTree;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;

/**
 * A generated artifact as its tarball holds it: the staged directory minus what Storage.Archive
 * filters out ({@link ArchiveFilter#ARTIFACT}). Files are read from the sources they were copied
 * from and shown under their source's name.
 */
final class ArtifactTree implements SourceTree {

  private final StagingTree staged;

  ArtifactTree(StagingTree staged) {
    this.staged = staged;
  }

  private boolean archived(String path, boolean isDir) {
    // Archive matches absolute paths: above the artifact's files, only the staging directory's
    // name (the artifact's) can match a pattern
    return !ArchiveFilter.ARTIFACT.excludes(ArchiveFilter.elements(staged.name(), path), isDir);
  }

  @Override
  public boolean isDirectory(String path) {
    return staged.entry(path) == Entry.DIR && (path.isEmpty() || archived(path, true));
  }

  @Override
  public boolean isFile(String path) {
    return !path.isEmpty() && staged.entry(path) == Entry.FILE && archived(path, false);
  }

  @Override
  public byte[] read(String path) throws IOException {
    if (!isFile(path)) {
      throw new NoSuchFileException(display(path));
    }
    return staged.content(path).read();
  }

  @Override
  public List<String> list(String dir) throws IOException {
    if (!isDirectory(dir)) {
      throw new NoSuchFileException(display(dir));
    }
    List<String> out = new ArrayList<>();
    for (String name : staged.list(dir)) {
      String path = dir.isEmpty() ? name : dir + "/" + name;
      if (archived(path, staged.entry(path) == Entry.DIR)) {
        out.add(name);
      }
    }
    out.sort(null);
    return out;
  }

  @Override
  public String display(String path) {
    if (isFile(path)) {
      return staged.content(path).display();
    }
    return path.isEmpty() ? staged.label() : staged.label() + ":" + path;
  }

  @Override
  public String toString() {
    return "ArtifactTree(" + staged.label() + ")";
  }
}
