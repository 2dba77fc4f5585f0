package dev.hops.yaml;

import dev.hops.yaml.internal.DocumentSplitter;
import dev.hops.yaml.internal.TreeBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads YAML as kustomize does (kyaml's ByteReader over Go's yaml.v3): the text is split into
 * documents on {@code ---} lines, each document is parsed, aliases are expanded and {@code <<}
 * merge keys applied (an anchor defined twice: the last definition wins), tags are resolved with
 * yaml.v3's rules. Empty and null documents are dropped. Every node keeps its file, line and
 * column.
 */
public final class YamlReader {

  private final YamlLimits limits;

  public YamlReader(YamlLimits limits) {
    this.limits = limits;
  }

  public static YamlReader withDefaults() {
    return new YamlReader(YamlLimits.DEFAULT);
  }

  /** The non-empty documents of {@code text}; {@code file} names it in positions and errors. */
  public List<Node> readDocuments(String text, String file) {
    if (text.length() > limits.maxFileChars()) {
      throw new YamlException(
          SourcePos.of(file),
          "file is larger than the limit of " + limits.maxFileChars() + " characters");
    }
    String normalized = text.replace("\r\n", "\n");
    TreeBuilder builder = new TreeBuilder(file, limits);
    List<Node> docs = new ArrayList<>();
    for (DocumentSplitter.Piece piece : DocumentSplitter.split(normalized, file)) {
      Node doc = builder.build(piece.text(), piece.firstLine());
      if (doc != null && !doc.isNull()) {
        docs.add(doc);
      }
    }
    return docs;
  }

  /** The single document of {@code text}, or null when it is empty. */
  public Node readDocument(String text, String file) {
    List<Node> docs = readDocuments(text, file);
    if (docs.size() > 1) {
      throw new YamlException(
          docs.get(1).pos(), "expected a single YAML document but found " + docs.size());
    }
    return docs.isEmpty() ? null : docs.get(0);
  }
}
