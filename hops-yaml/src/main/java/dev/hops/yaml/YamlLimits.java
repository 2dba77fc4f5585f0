package dev.hops.yaml;

/**
 * Bounds that keep hostile YAML from exhausting memory or stack: the size of one file, the nesting
 * depth, and the number of nodes after alias expansion (billion laughs).
 */
public record YamlLimits(int maxFileChars, int maxDepth, long maxNodesPerFile) {

  public static final YamlLimits DEFAULT = new YamlLimits(64 * 1024 * 1024, 512, 4_000_000);

  public YamlLimits {
    if (maxFileChars <= 0 || maxDepth <= 0 || maxNodesPerFile <= 0) {
      throw new IllegalArgumentException("YAML limits must be positive");
    }
  }

  // Written out, not implicit: see "Start-up cost" in ARCHITECTURE.md.
  @Override
  public boolean equals(Object o) {
    return o == this
        || o instanceof YamlLimits that
            && maxFileChars == that.maxFileChars
            && maxDepth == that.maxDepth
            && maxNodesPerFile == that.maxNodesPerFile;
  }

  @Override
  public int hashCode() {
    int h = maxFileChars;
    h = 31 * h + maxDepth;
    return 31 * h + Long.hashCode(maxNodesPerFile);
  }
}
