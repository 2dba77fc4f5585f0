package dev.hops.diff.internal.git;

import java.io.IOException;

/** Where the bytes of a revision's files come from: the object database, or the disk. */
public interface Content {

  /** The bytes of the file at {@code path} (relative to the work tree) with this entry. */
  byte[] read(String path, TreeIndex.Entry entry) throws IOException;

  /** The target of the symbolic link at {@code path}, as written in the link. */
  String linkTarget(String path, TreeIndex.Entry entry) throws IOException;
}
