package dev.hops.diff.internal.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The content of the working tree's files: the disk, as it is when read. */
public final class DiskContent implements Content {

  private final Path workTree;

  public DiskContent(Path workTree) {
    this.workTree = workTree;
  }

  @Override
  public byte[] read(String path, TreeIndex.Entry entry) throws IOException {
    return Files.readAllBytes(workTree.resolve(path));
  }

  @Override
  public String linkTarget(String path, TreeIndex.Entry entry) throws IOException {
    return Files.readSymbolicLink(workTree.resolve(path)).toString().replace('\\', '/');
  }
}
