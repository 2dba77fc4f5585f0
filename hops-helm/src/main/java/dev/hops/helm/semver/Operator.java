package dev.hops.helm.semver;

import java.util.Map;

/**
 * The constraint functions of Masterminds/semver's {@code constraints.go} ({@code constraintOps}):
 * each answers why a version fails a {@link Comparison}, in Go's words, or null when it passes.
 * Every one first refuses a prerelease version unless prereleases are included.
 */
enum Operator {
  /** {@code constraintTildeOrEqual}: {@code =} or no operator; with a wildcard it is {@code ~}. */
  TILDE_OR_EQUAL {
    @Override
    String check(Version v, Comparison c) {
      if (c.dirty()) {
        return TILDE.check(v, c);
      }
      return v.equals(c.con()) ? null : q(v) + " is not equal to " + q(c.orig());
    }
  },

  /** {@code constraintNotEqual}: {@code !=}; {@code !=4.x} excludes all of 4. */
  NOT_EQUAL {
    @Override
    String check(Version v, Comparison c) {
      Version con = c.con();
      String equal = q(v) + " is equal to " + q(c.orig());
      if (c.dirty()) {
        if (con.major() != v.major()) {
          return null;
        }
        if (con.minor() != v.minor() && !c.minorDirty()) {
          return null;
        } else if (c.minorDirty()) {
          return equal;
        } else if (con.patch() != v.patch() && !c.patchDirty()) {
          return null;
        } else if (c.patchDirty()) {
          if (!v.prerelease().isEmpty() || !con.prerelease().isEmpty()) {
            boolean differ = PrereleaseOrder.compare(v.prerelease(), con.prerelease()) != 0;
            return differ ? null : equal;
          }
          return equal;
        }
      }
      return v.equals(con) ? equal : null;
    }
  },

  /** {@code constraintGreaterThan}: {@code >}; {@code >11} needs 12 or more, {@code >11.1} 11.2. */
  GREATER_THAN {
    @Override
    String check(Version v, Comparison c) {
      Version con = c.con();
      String notGreater = q(v) + " is less than or equal to " + q(c.orig());
      if (!c.dirty()) {
        return v.compareTo(con) == 1 ? null : notGreater;
      }
      if (Long.compareUnsigned(v.major(), con.major()) > 0) {
        return null;
      } else if (Long.compareUnsigned(v.major(), con.major()) < 0) {
        return notGreater;
      } else if (c.minorDirty()) {
        return notGreater;
      } else if (c.patchDirty()) {
        return Long.compareUnsigned(v.minor(), con.minor()) > 0 ? null : notGreater;
      }
      return v.compareTo(con) == 1 ? null : notGreater;
    }
  },

  /** {@code constraintLessThan}: {@code <}. */
  LESS_THAN {
    @Override
    String check(Version v, Comparison c) {
      return v.compareTo(c.con()) < 0 ? null : q(v) + " is greater than or equal to " + q(c.orig());
    }
  },

  /** {@code constraintGreaterThanEqual}: {@code >=} and {@code =>}. */
  GREATER_THAN_EQUAL {
    @Override
    String check(Version v, Comparison c) {
      return v.compareTo(c.con()) >= 0 ? null : q(v) + " is less than " + q(c.orig());
    }
  },

  /** {@code constraintLessThanEqual}: {@code <=} and {@code =<}; {@code <=1.1} takes all of 1.1. */
  LESS_THAN_EQUAL {
    @Override
    String check(Version v, Comparison c) {
      Version con = c.con();
      String greater = q(v) + " is greater than " + q(c.orig());
      if (!c.dirty()) {
        return v.compareTo(con) <= 0 ? null : greater;
      }
      if (Long.compareUnsigned(v.major(), con.major()) > 0) {
        return greater;
      } else if (v.major() == con.major()
          && Long.compareUnsigned(v.minor(), con.minor()) > 0
          && !c.minorDirty()) {
        return greater;
      }
      return null;
    }
  },

  /** {@code constraintTilde}: {@code ~} and {@code ~>}; same major, and same minor if given. */
  TILDE {
    @Override
    String check(Version v, Comparison c) {
      Version con = c.con();
      if (v.compareTo(con) < 0) {
        return q(v) + " is less than " + q(c.orig());
      }
      // ~0.0.0 accepts everything, as >= 0.0.0 does.
      if (con.major() == 0
          && con.minor() == 0
          && con.patch() == 0
          && !c.minorDirty()
          && !c.patchDirty()) {
        return null;
      }
      if (v.major() != con.major()) {
        return q(v) + " does not have same major version as " + q(c.orig());
      }
      if (v.minor() != con.minor() && !c.minorDirty()) {
        return q(v) + " does not have same major and minor version as " + q(c.orig());
      }
      return null;
    }
  },

  /** {@code constraintCaret}: {@code ^}; same major, or same minor (and patch) below 1.0.0. */
  CARET {
    @Override
    String check(Version v, Comparison c) {
      Version con = c.con();
      if (v.compareTo(con) < 0) {
        return q(v) + " is less than " + q(c.orig());
      }
      if (con.major() != 0 || c.minorDirty()) {
        return v.major() == con.major()
            ? null
            : q(v) + " does not have same major version as " + q(c.orig());
      }
      if (v.major() != 0) {
        return q(v) + " does not have same major version as " + q(c.orig());
      }
      if (con.minor() != 0 || c.patchDirty()) {
        return v.minor() == con.minor()
            ? null
            : q(v)
                + " does not have same minor version as "
                + q(c.orig())
                + ". Expected minor versions to match when constraint major version is 0";
      }
      if (v.minor() != 0) {
        return q(v) + " does not have same minor version as " + q(c.orig());
      }
      return v.patch() == con.patch()
          ? null
          : q(v)
              + " does not equal "
              + q(c.orig())
              + ". Expect version and constraint to equal when major and minor versions are 0";
    }
  };

  /** {@code constraintOps}: the operators as written, mapped to their functions. */
  private static final Map<String, Operator> BY_SYMBOL =
      Map.ofEntries(
          Map.entry("", TILDE_OR_EQUAL),
          Map.entry("=", TILDE_OR_EQUAL),
          Map.entry("!=", NOT_EQUAL),
          Map.entry(">", GREATER_THAN),
          Map.entry("<", LESS_THAN),
          Map.entry(">=", GREATER_THAN_EQUAL),
          Map.entry("=>", GREATER_THAN_EQUAL),
          Map.entry("<=", LESS_THAN_EQUAL),
          Map.entry("=<", LESS_THAN_EQUAL),
          Map.entry("~", TILDE),
          Map.entry("~>", TILDE),
          Map.entry("^", CARET));

  static Operator forSymbol(String symbol) {
    Operator op = BY_SYMBOL.get(symbol);
    if (op == null) {
      throw new IllegalArgumentException("unknown operator: " + symbol);
    }
    return op;
  }

  /** Why {@code v} fails {@code c}, or null when it passes. */
  String failure(Version v, Comparison c, boolean includePre) {
    if (!v.prerelease().isEmpty() && !includePre) {
      return prereleaseRefused(v);
    }
    return check(v, c);
  }

  /** The answer to a prerelease version when prereleases are not considered. */
  static String prereleaseRefused(Version v) {
    return q(v)
        + " is a prerelease version and the constraint is only looking for release versions";
  }

  /** The operator's own test, once the prerelease gate is passed. */
  abstract String check(Version v, Comparison c);

  /** Go's {@code %q}. */
  static String q(Object o) {
    return GoStrconv.quote(o.toString());
  }
}
