package dev.hops.flux.internal.artifact;

import dev.hops.flux.internal.artifact.FsError.Kind;
import dev.hops.flux.internal.artifact.GeneratorSpec.CopyOperation;
import dev.hops.flux.internal.artifact.PathMatch.BadPattern;
import dev.hops.flux.internal.artifact.StagingTree.Entry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One copy operation (builder.go {@code applyCopyOperation}, {@code applySingleSourceCopy}, {@code
 * applySingleFileCopy}, {@code applySingleDirectoryCopy}), with cp-like semantics:
 *
 * <ul>
 *   <li>{@code from} without {@code *?[]} names one file or directory: a directory is copied as a
 *       subdirectory of {@code to} (whether or not {@code to} ends with a slash); a file goes into
 *       {@code to} when it ends with a slash or is an existing directory, else becomes {@code to}.
 *   <li>otherwise {@code from} is an io/fs glob ({@code **} is a plain {@code *}): every match,
 *       file or directory, goes under {@code to} with its whole path, except that for {@code
 *       dir/**} the {@code dir/} prefix is dropped; matched directories are copied recursively.
 * </ul>
 */
final class CopyOperationRun {

  private final CopyOperation op;
  private final Map<String, StagingTree> sources;
  private final StagingTree staging;

  CopyOperationRun(CopyOperation op, Map<String, StagingTree> sources, StagingTree staging) {
    this.op = op;
    this.sources = sources;
    this.staging = staging;
  }

  /** applyCopyOperation. */
  void apply() throws BuildFailure {
    CopyPaths.Source from;
    try {
      from = CopyPaths.parseSource(op.from());
    } catch (BuildFailure e) {
      throw e.wrap("invalid copy source '" + op.from() + "'");
    }
    String destRel;
    try {
      destRel = CopyPaths.parseDestination(op.to());
    } catch (BuildFailure e) {
      throw e.wrap("invalid copy destination '" + op.to() + "'");
    }
    StagingTree source = sources.get(from.alias());
    if (source == null) {
      throw new BuildFailure("source alias '" + from.alias() + "' not found");
    }
    Excludes excludes = Excludes.of(op.exclude());
    FileCopier copier = new FileCopier(source, staging, excludes, op.isMerge());
    String pattern = from.pattern();
    if (!CopyPaths.containsGlobChars(pattern)) {
      copySingle(source, copier, excludes, pattern, destRel);
    } else {
      copyGlob(source, copier, excludes, from, destRel);
    }
  }

  /** The glob half of applyCopyOperation: every match not excluded, in lexical order. */
  private void copyGlob(
      StagingTree source,
      FileCopier copier,
      Excludes excludes,
      CopyPaths.Source from,
      String destRel)
      throws BuildFailure {
    String pattern = from.pattern();
    if (op.isExtract()) {
      // doublestar.Glob, then extraction of every tarball among the matches
      throw extractNotSupported();
    }
    List<String> matches;
    try {
      matches = FsGlob.glob(source, pattern);
    } catch (BadPattern e) {
      throw new BuildFailure("invalid glob pattern '" + pattern + "': " + e.getMessage());
    }
    if (matches.isEmpty()) {
      throw new BuildFailure(
          "no files match pattern '" + pattern + "' in source '" + from.alias() + "'");
    }
    String excludeBase = CopyPaths.selectionRoot(pattern);
    List<String> kept = new ArrayList<>();
    for (String match : matches) {
      if (!match.equals(".") && !match.equals("..") && !excludes.excludes(match, excludeBase)) {
        kept.add(match);
      }
    }
    if (kept.isEmpty()) {
      throw new BuildFailure(
          "all files matching pattern '"
              + pattern
              + "' in source '"
              + from.alias()
              + "' were excluded");
    }
    for (String match : kept) {
      String dest = CopyPaths.globDestination(pattern, match, destRel);
      try {
        copier.copy(match, dest, excludeBase);
      } catch (BuildFailure e) {
        throw e.wrap("failed to copy file '" + match + "' to '" + dest + "'");
      }
    }
  }

  /** applySingleSourceCopy: what the cleaned path is decides. */
  private void copySingle(
      StagingTree source, FileCopier copier, Excludes excludes, String pattern, String destPath)
      throws BuildFailure {
    String srcPath = GoPath.clean(pattern);
    Entry entry;
    try {
      entry = source.stat(srcPath);
    } catch (FsError e) {
      if (e.kind() == Kind.NOT_EXIST) {
        throw new BuildFailure("source '" + srcPath + "' does not exist");
      }
      throw e.wrap("failed to stat source '" + srcPath + "'");
    }
    if (entry == Entry.DIR) {
      if (op.isExtract()) {
        throw new BuildFailure(
            "extract strategy is not supported for directories, got '" + srcPath + "'");
      }
      // applySingleDirectoryCopy: cp -r dir dest creates dest/dir
      copier.copy(srcPath, GoPath.join(destPath, GoPath.base(srcPath)), srcPath);
      return;
    }
    // applySingleFileCopy
    if (excludes.excludes(srcPath, ".")) {
      return;
    }
    if (op.isExtract()) {
      if (!CopyPaths.isTarball(srcPath)) {
        throw new BuildFailure(
            "extract strategy requires tarball file (.tar.gz or .tgz), got '" + srcPath + "'");
      }
      throw extractNotSupported();
    }
    String finalDest;
    if (op.to().endsWith("/") || staging.statQuietly(destPath) == Entry.DIR) {
      finalDest = GoPath.join(destPath, GoPath.base(srcPath));
    } else {
      finalDest = destPath; // as written: os.Root resolves it
    }
    copier.copy(srcPath, finalDest, ".");
  }

  private static BuildFailure extractNotSupported() {
    return new BuildFailure(
        "the Extract strategy (unpacking .tar.gz/.tgz archives) is not supported offline");
  }
}
