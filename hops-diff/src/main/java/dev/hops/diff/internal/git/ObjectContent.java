package dev.hops.diff.internal.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;

/**
 * The content of a commit's files, read from the object database when first asked for and kept: a
 * render reads the same files many times (every Kustomization that includes a component), from
 * several threads. Shared by every commit of a repository, so that a file unchanged between two
 * revisions is read once.
 */
public final class ObjectContent implements Content {

  /** Blobs larger than this are read each time rather than kept (chart archives, images). */
  private static final int KEEP_AT_MOST = 1 << 20;

  private final Repository repository;
  private final Map<ObjectId, byte[]> blobs = new ConcurrentHashMap<>();

  public ObjectContent(Repository repository) {
    this.repository = repository;
  }

  @Override
  public byte[] read(String path, TreeIndex.Entry entry) throws IOException {
    return blob(entry.id()).clone();
  }

  @Override
  public String linkTarget(String path, TreeIndex.Entry entry) throws IOException {
    return new String(blob(entry.id()), StandardCharsets.UTF_8);
  }

  private byte[] blob(AnyObjectId id) throws IOException {
    byte[] kept = blobs.get(id);
    if (kept != null) {
      return kept;
    }
    byte[] bytes;
    // ObjectReader is not thread-safe; one per read is cheap next to inflating the object.
    try (ObjectReader reader = repository.newObjectReader()) {
      bytes = reader.open(id, Constants.OBJ_BLOB).getBytes(Integer.MAX_VALUE);
    }
    if (bytes.length <= KEEP_AT_MOST) {
      blobs.putIfAbsent(id.copy(), bytes);
    }
    return bytes;
  }
}
