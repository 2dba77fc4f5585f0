package dev.hops.diff.internal.git;

import dev.hops.kustomize.TreePaths;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Function;

/**
 * Follows a path through the entries of a revision as the file system follows it: component by
 * component, each symbolic link replaced by its target ({@code ..} in a target goes up from the
 * link's real folder), at most {@value #MAX_LINKS} links (more is a loop, as Linux's ELOOP).
 */
final class LinkResolver {

  private static final int MAX_LINKS = 40;

  private final String prefix;
  private final Function<String, TreeIndex.Entry> entries;
  private final Content content;

  LinkResolver(String prefix, Function<String, TreeIndex.Entry> entries, Content content) {
    this.prefix = prefix;
    this.entries = entries;
    this.content = content;
  }

  /** Where {@code path} (relative to the folder {@code prefix}) leads, the last link followed. */
  GitTree.Target resolve(String path) {
    Deque<String> rest = new ArrayDeque<>();
    push(rest, path);
    String current = prefix;
    int links = 0;
    while (!rest.isEmpty()) {
      String name = rest.pop();
      if (name.equals("..")) {
        if (current.isEmpty()) {
          return new GitTree.Target(null, null, true);
        }
        current = TreePaths.parent(current);
        continue;
      }
      String next = current.isEmpty() ? name : current + "/" + name;
      TreeIndex.Entry entry = entries.apply(next);
      if (entry == null) {
        return missing(next);
      }
      if (entry.kind() == TreeIndex.Kind.LINK) {
        String target = target(next, entry);
        if (target == null || ++links > MAX_LINKS) {
          return missing(next);
        }
        if (target.startsWith("/")) {
          return new GitTree.Target(null, null, true);
        }
        push(rest, target);
        continue;
      }
      if (!entry.isDirectory() && !rest.isEmpty()) {
        return missing(next);
      }
      current = next;
    }
    return new GitTree.Target(current, entries.apply(current), false);
  }

  private String target(String link, TreeIndex.Entry entry) {
    try {
      return content.linkTarget(link, entry);
    } catch (IOException e) {
      return null; // the link changed on disk since the working tree was indexed
    }
  }

  /** Puts the components of a relative path in front of {@code rest}, in order. */
  private static void push(Deque<String> rest, String path) {
    String[] parts = path.split("/");
    for (int i = parts.length - 1; i >= 0; i--) {
      if (!parts[i].isEmpty() && !parts[i].equals(".")) {
        rest.push(parts[i]);
      }
    }
  }

  private static GitTree.Target missing(String path) {
    return new GitTree.Target(path, null, false);
  }
}
