package dev.hops.helm.semver;

import java.util.Objects;

/**
 * A semantic version, as Masterminds/semver v3's {@code Version} ({@code version.go}), the type
 * Helm and Flux use for chart versions and OCI tags.
 *
 * <p>Major, minor and patch are Go {@code uint64}s held in {@code long}s: read them with {@link
 * Long#toUnsignedString(long)} and compare them with {@link Long#compareUnsigned(long, long)}.
 * Ordering and equality are Go's {@code Compare} and {@code Equal}: build metadata and the original
 * text are ignored, so {@code 1.2.3+a} equals {@code v1.2.3+b}.
 */
public final class Version implements Comparable<Version> {

  private final long major;
  private final long minor;
  private final long patch;
  private final String prerelease;
  private final String metadata;
  private final String original;

  Version(long major, long minor, long patch, String prerelease, String metadata, String original) {
    this.major = major;
    this.minor = minor;
    this.patch = patch;
    this.prerelease = Objects.requireNonNull(prerelease);
    this.metadata = Objects.requireNonNull(metadata);
    this.original = Objects.requireNonNull(original);
  }

  /**
   * {@code semver.NewVersion} with the library's defaults: the loose forms are coerced ({@code
   * v1.2} is 1.2.0, {@code 1} is 1.0.0, {@code 01.02.03} is 1.2.3).
   *
   * @throws IllegalArgumentException with Go's error text, e.g. {@code invalid semantic version}
   */
  public static Version parse(String version) {
    return VersionParser.coerce(version);
  }

  /**
   * {@code semver.StrictNewVersion}: only {@code MAJOR.MINOR.PATCH[-PRERELEASE][+METADATA]}, no
   * leading {@code v}, no leading zeros.
   *
   * @throws IllegalArgumentException with Go's error text
   */
  public static Version parseStrict(String version) {
    return VersionParser.strict(version);
  }

  /**
   * fluxcd/pkg's {@code version.ParseVersion}, which source-controller applies to OCI tags and Helm
   * index entries: strict, except that one leading {@code v} is allowed (and kept in {@link
   * #original()}).
   *
   * @throws IllegalArgumentException with Go's error text
   */
  public static Version parseStrictAllowingV(String version) {
    VersionParser.strict(version.startsWith("v") ? version.substring(1) : version);
    return VersionParser.coerce(version);
  }

  /** Go's {@code Major()}, an unsigned 64-bit number. */
  public long major() {
    return major;
  }

  /** Go's {@code Minor()}, an unsigned 64-bit number. */
  public long minor() {
    return minor;
  }

  /** Go's {@code Patch()}, an unsigned 64-bit number. */
  public long patch() {
    return patch;
  }

  /** The prerelease without its {@code -}; empty when there is none. */
  public String prerelease() {
    return prerelease;
  }

  /** The build metadata without its {@code +}; empty when there is none. */
  public String metadata() {
    return metadata;
  }

  /** The text this version was parsed from, as Go's {@code Original()}. */
  public String original() {
    return original;
  }

  /**
   * Go's {@code Compare}: major, minor, patch, then a version without prerelease above one with,
   * then the prereleases identifier by identifier; metadata is ignored.
   */
  @Override
  public int compareTo(Version o) {
    int d = Long.compareUnsigned(major, o.major);
    if (d == 0) {
      d = Long.compareUnsigned(minor, o.minor);
    }
    if (d == 0) {
      d = Long.compareUnsigned(patch, o.patch);
    }
    if (d != 0) {
      return Integer.signum(d);
    }
    if (prerelease.isEmpty() && o.prerelease.isEmpty()) {
      return 0;
    }
    if (prerelease.isEmpty()) {
      return 1;
    }
    if (o.prerelease.isEmpty()) {
      return -1;
    }
    return PrereleaseOrder.compare(prerelease, o.prerelease);
  }

  /** Go's {@code Equal}: {@link #compareTo} is 0 (metadata and original text ignored). */
  @Override
  public boolean equals(Object o) {
    return o instanceof Version v && compareTo(v) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(major, minor, patch, prerelease);
  }

  /**
   * Go's {@code SetMetadata}: the same version with {@code metadata} as its build metadata.
   *
   * @throws IllegalArgumentException when {@code metadata} is not dot-separated alphanumerics
   */
  public Version withMetadata(String metadata) {
    if (!metadata.isEmpty() && !metadata.matches("[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*")) {
      throw new IllegalArgumentException("invalid metadata string");
    }
    Version v = new Version(major, minor, patch, prerelease, metadata, "");
    return new Version(major, minor, patch, prerelease, metadata, v.toString());
  }

  /**
   * Go's {@code String()}: the normalized form, without a leading {@code v}; see {@link
   * #original()}.
   */
  @Override
  public String toString() {
    StringBuilder s =
        new StringBuilder()
            .append(Long.toUnsignedString(major))
            .append('.')
            .append(Long.toUnsignedString(minor))
            .append('.')
            .append(Long.toUnsignedString(patch));
    if (!prerelease.isEmpty()) {
      s.append('-').append(prerelease);
    }
    if (!metadata.isEmpty()) {
      s.append('+').append(metadata);
    }
    return s.toString();
  }
}
