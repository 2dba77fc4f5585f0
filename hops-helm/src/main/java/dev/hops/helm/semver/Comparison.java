package dev.hops.helm.semver;

import java.util.Optional;

/**
 * One comparison of a constraint, Masterminds/semver's unexported {@code constraint}: an operator
 * ({@code origfunc}), the version text as written ({@code orig}), the version it stands for ({@code
 * con}, wildcards read as 0) and which parts were wildcards or missing ({@code dirty}, {@code
 * minorDirty}, {@code patchDirty}).
 */
record Comparison(
    String symbol,
    Operator operator,
    String orig,
    Version con,
    boolean dirty,
    boolean minorDirty,
    boolean patchDirty) {

  /**
   * Go's {@code check}: why {@code v} fails this comparison (Go's error text), or empty when it
   * passes; {@code includePre} lets prerelease versions be considered at all.
   */
  Optional<String> failure(Version v, boolean includePre) {
    return Optional.ofNullable(operator.failure(v, this, includePre));
  }

  /** Go's {@code string()}: the operator as written, then the version as written. */
  @Override
  public String toString() {
    return symbol + orig;
  }
}
