package dev.hops.helm.semver;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A version range, as Masterminds/semver v3's {@code Constraints} ({@code constraints.go}): the
 * {@code version} of a HelmRelease chart or HelmChart, the {@code semver} of an OCIRepository.
 *
 * <p>Syntax: comparisons ({@code =}, {@code !=}, {@code >}, {@code <}, {@code >=}, {@code <=},
 * {@code ~}, {@code ~>}, {@code ^}, or none) joined by spaces or commas (AND) and by {@code ||}
 * (OR); wildcards {@code x}, {@code X}, {@code *}; hyphen ranges {@code 1.2 - 1.4}. A prerelease
 * version only satisfies an AND group in which some comparison names a prerelease itself (any one
 * of them, whatever its major.minor.patch), unless {@link #includingPrereleases()}.
 */
public final class Constraint {

  /** One OR alternative: comparisons that must all pass, and whether one names a prerelease. */
  record AndGroup(List<Comparison> comparisons, boolean containsPrerelease) {}

  private final List<AndGroup> groups;
  private final boolean includePrerelease;

  private Constraint(List<AndGroup> groups, boolean includePrerelease) {
    this.groups = groups;
    this.includePrerelease = includePrerelease;
  }

  /**
   * {@code semver.NewConstraint}. The empty string is an error, as in Go; source-controller reads
   * an empty chart version as {@code *} before it gets here.
   *
   * @throws IllegalArgumentException with Go's error text, e.g. {@code improper constraint: "foo"}
   */
  public static Constraint parse(String constraint) {
    List<AndGroup> groups = new ArrayList<>();
    for (List<Comparison> comparisons : ConstraintParser.parse(constraint)) {
      boolean pre = comparisons.stream().anyMatch(c -> !c.con().prerelease().isEmpty());
      groups.add(new AndGroup(comparisons, pre));
    }
    return new Constraint(List.copyOf(groups), false);
  }

  /** This constraint with Go's {@code IncludePrerelease} set: prereleases are always considered. */
  public Constraint includingPrereleases() {
    return new Constraint(groups, true);
  }

  /** Go's {@code Check}: whether {@code v} satisfies every comparison of some OR alternative. */
  public boolean check(Version v) {
    for (AndGroup group : groups) {
      boolean includePre = includePrerelease || group.containsPrerelease();
      if (group.comparisons().stream().allMatch(c -> c.failure(v, includePre).isEmpty())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Go's {@code Validate}: why {@code v} does not satisfy this constraint, in Go's words, every
   * failed comparison of every alternative (the prerelease refusal said once); empty when it does.
   */
  public List<String> validate(Version v) {
    List<String> reasons = new ArrayList<>();
    boolean prereleaseSaid = false;
    for (AndGroup group : groups) {
      boolean includePre = includePrerelease || group.containsPrerelease();
      boolean satisfied = true;
      for (Comparison c : group.comparisons()) {
        if (!includePre && !v.prerelease().isEmpty()) {
          if (!prereleaseSaid) {
            reasons.add(Operator.prereleaseRefused(v));
            prereleaseSaid = true;
          }
          satisfied = false;
        } else {
          Optional<String> failure = c.failure(v, includePre);
          if (failure.isPresent()) {
            reasons.add(failure.get());
            satisfied = false;
          }
        }
      }
      if (satisfied) {
        return List.of();
      }
    }
    return List.copyOf(reasons);
  }

  /**
   * The highest of {@code candidates} that satisfies this constraint, as source-controller picks an
   * OCIRepository tag or a HelmRepository chart version: each is read with {@link
   * Version#parseStrictAllowingV} (those that do not parse are skipped), and among equal versions
   * the first candidate wins. Its {@link Version#original()} is the tag or version as listed.
   */
  public Optional<Version> latest(Collection<String> candidates) {
    Version best = null;
    for (String candidate : candidates) {
      Version v;
      try {
        v = Version.parseStrictAllowingV(candidate);
      } catch (IllegalArgumentException notSemver) {
        continue;
      }
      if (check(v) && (best == null || v.compareTo(best) > 0)) {
        best = v;
      }
    }
    return Optional.ofNullable(best);
  }

  List<AndGroup> groups() {
    return groups;
  }

  /** Go's {@code String()}: comparisons as written, without spaces after operators. */
  @Override
  public String toString() {
    return groups.stream()
        .map(
            g ->
                g.comparisons().stream().map(Comparison::toString).collect(Collectors.joining(" ")))
        .collect(Collectors.joining(" || "));
  }
}
