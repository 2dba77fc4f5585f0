package dev.hops.yaml.internal;

import dev.hops.yaml.Node;
import dev.hops.yaml.YamlException;
import dev.hops.yaml.YamlLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads YAML both ways, with {@link FastReader} and with snakeyaml-engine alone, and tells where
 * the results differ: every document the fast reader accepts must come out the same, node for node
 * (tags, styles, flow flags, positions), with the same node count; whole files must give the same
 * documents or the same error.
 */
final class Differential {

  /** Documents seen, documents the fast reader took, and why it gave up on the others. */
  int documents;

  int fast;
  final Map<String, Integer> reasons = new TreeMap<>();
  final List<String> failures = new ArrayList<>();

  /** Compares one file, document by document and as a whole. */
  void compareFile(String text, String file) {
    List<String> withFast = readAll(text, file, true);
    List<String> slowOnly = readAll(text, file, false);
    if (!withFast.equals(slowOnly)) {
      fail(
          file
              + ": whole file differs\n--- fast path\n"
              + withFast
              + "\n--- snakeyaml\n"
              + slowOnly);
    }
    String normalized = text.replace("\r\n", "\n");
    List<DocumentSplitter.Piece> pieces;
    try {
      pieces = DocumentSplitter.split(normalized, file);
    } catch (YamlException e) {
      return;
    }
    for (DocumentSplitter.Piece piece : pieces) {
      comparePiece(piece.text(), piece.firstLine(), file);
    }
  }

  /** Compares one document; returns true when the fast reader took it. */
  boolean comparePiece(String text, int firstLine, String file) {
    documents++;
    FastReader reader = new FastReader(text, file, firstLine, YamlLimits.DEFAULT.maxDepth());
    Node fastNode;
    try {
      fastNode = reader.read();
    } catch (FastReader.GiveUp e) {
      reasons.merge(e.getMessage(), 1, Integer::sum);
      return false;
    } catch (RuntimeException e) {
      fail(file + ":" + (firstLine + 1) + ": fast path fails: " + e + "\n" + text);
      return false;
    }
    fast++;
    TreeBuilder slow = new TreeBuilder(file, YamlLimits.DEFAULT, false);
    Node slowNode;
    try {
      slowNode = slow.build(text, firstLine);
    } catch (RuntimeException e) {
      fail(
          file
              + ":"
              + (firstLine + 1)
              + ": fast path accepted, snakeyaml fails: "
              + e
              + "\n"
              + text);
      return true;
    }
    String a = fastNode == null ? "null" : TreeDump.of(fastNode);
    String b = slowNode == null ? "null" : TreeDump.of(slowNode);
    if (!a.equals(b)) {
      fail(
          file
              + ":"
              + (firstLine + 1)
              + ": trees differ\n"
              + text
              + "\n--- fast\n"
              + a
              + "--- snakeyaml\n"
              + b);
    } else if (reader.nodes() != slow.nodes()) {
      fail(file + ": node counts differ: " + reader.nodes() + " != " + slow.nodes() + "\n" + text);
    }
    return true;
  }

  private void fail(String message) {
    if (failures.size() < 20) {
      failures.add(message);
    }
  }

  String summary() {
    return fast + " of " + documents + " documents took the fast path; gave up: " + reasons;
  }

  /** YamlReader.readDocuments, with or without the fast path, errors as text. */
  static List<String> readAll(String text, String file, boolean fastPath) {
    List<String> out = new ArrayList<>();
    TreeBuilder builder = new TreeBuilder(file, YamlLimits.DEFAULT, fastPath);
    try {
      for (DocumentSplitter.Piece piece :
          DocumentSplitter.split(text.replace("\r\n", "\n"), file)) {
        Node doc = builder.build(piece.text(), piece.firstLine());
        if (doc != null && !doc.isNull()) {
          out.add(TreeDump.of(doc));
        }
      }
    } catch (YamlException e) {
      out.add("error " + e.getMessage());
    } catch (RuntimeException e) {
      out.add("exception " + e.getClass().getName());
    }
    return out;
  }
}
