package dev.hops.flux.internal.reuse;

import dev.hops.kustomize.SourceTree;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A tree that passes every question to another and records it with the answer, for one build on one
 * thread at a time. Content is recorded as its bytes; an {@link IOException} as its class and
 * message; a runtime exception leaves the recording incomplete (never reused).
 */
public final class RecordingTree implements SourceTree {

  private final SourceTree base;
  private final Answers known;
  private final Map<Query, Object> asked = new LinkedHashMap<>();
  private boolean complete = true;

  /** Records the questions asked of {@code base}, telling {@code known} (base's answers). */
  public RecordingTree(SourceTree base, Answers known) {
    this.base = base;
    this.known = known;
  }

  /** What was asked so far. */
  public synchronized Recording recording() {
    return new Recording(asked, complete);
  }

  private synchronized void note(Query.Op op, String path, Object answer) {
    Query q = new Query(op, path);
    asked.putIfAbsent(q, answer);
    known.learn(q, answer);
  }

  private synchronized void failed() {
    complete = false;
  }

  @Override
  public boolean isDirectory(String path) {
    try {
      boolean b = base.isDirectory(path);
      note(Query.Op.IS_DIRECTORY, path, b);
      return b;
    } catch (RuntimeException e) {
      failed();
      throw e;
    }
  }

  @Override
  public boolean isFile(String path) {
    try {
      boolean b = base.isFile(path);
      note(Query.Op.IS_FILE, path, b);
      return b;
    } catch (RuntimeException e) {
      failed();
      throw e;
    }
  }

  @Override
  public byte[] read(String path) throws IOException {
    try {
      byte[] bytes = base.read(path);
      Query q = new Query(Query.Op.READ, path);
      // a file many builds read is kept once per tree (the tree does not change while in use)
      Object seen = known.known(q);
      note(
          Query.Op.READ,
          path,
          seen instanceof Query.Content c && c.length() == bytes.length
              ? c
              : Query.Content.of(bytes));
      return bytes;
    } catch (IOException e) {
      note(Query.Op.READ, path, Query.Failure.of(e));
      throw e;
    } catch (RuntimeException e) {
      failed();
      throw e;
    }
  }

  @Override
  public List<String> list(String dir) throws IOException {
    try {
      List<String> names = base.list(dir);
      note(Query.Op.LIST, dir, List.copyOf(names));
      return names;
    } catch (IOException e) {
      note(Query.Op.LIST, dir, Query.Failure.of(e));
      throw e;
    } catch (RuntimeException e) {
      failed();
      throw e;
    }
  }

  @Override
  public String display(String path) {
    try {
      String shown = base.display(path);
      note(Query.Op.DISPLAY, path, shown);
      return shown;
    } catch (RuntimeException e) {
      failed();
      throw e;
    }
  }

  @Override
  public String realPath(String path) {
    try {
      String real = base.realPath(path);
      note(Query.Op.REAL_PATH, path, Optional.ofNullable(real));
      return real;
    } catch (RuntimeException e) {
      failed();
      throw e;
    }
  }

  @Override
  public String toString() {
    return base.toString();
  }
}
