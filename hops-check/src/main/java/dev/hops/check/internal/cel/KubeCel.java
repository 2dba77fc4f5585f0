package dev.hops.check.internal.cel;

import dev.cel.bundle.Cel;
import dev.cel.bundle.CelFactory;
import dev.cel.common.CelOptions;
import dev.cel.common.types.SimpleType;
import dev.cel.extensions.CelExtensions;
import dev.cel.parser.CelStandardMacro;

/**
 * The CEL environment a ValidatingAdmissionPolicy's expressions get in Kubernetes, as far as
 * cel-java has it: the variable {@code object} (of type dyn), the standard macros ({@code has},
 * {@code all}, {@code exists}, {@code exists_one}, {@code map}, {@code filter}), comparisons
 * between int and double, and the extensions Kubernetes enables from cel-go: strings, lists, sets,
 * {@code cel.bind}, optional values and two-variable comprehensions. Kubernetes' own libraries (its
 * list, regex, URL, quantity, IP and CIDR, semver and authorizer functions) are not in cel-java and
 * so are unknown functions here.
 */
final class KubeCel {

  /** The variable the expressions see: the object as the API server would decode it. */
  static final String OBJECT = "object";

  /** A bound on one comprehension's iterations, in place of Kubernetes' cost limits. */
  private static final int MAX_ITERATIONS = 1_000_000;

  private KubeCel() {}

  static Cel create() {
    CelOptions options =
        CelOptions.current()
            .enableHeterogeneousNumericComparisons(true)
            .comprehensionMaxIterations(MAX_ITERATIONS)
            .build();
    return CelFactory.standardCelBuilder()
        .setOptions(options)
        .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
        .addVar(OBJECT, SimpleType.DYN)
        .addCompilerLibraries(
            CelExtensions.strings(),
            CelExtensions.lists(),
            CelExtensions.sets(options),
            CelExtensions.bindings(),
            CelExtensions.optional(),
            CelExtensions.comprehensions())
        .addRuntimeLibraries(
            CelExtensions.strings(),
            CelExtensions.lists(),
            CelExtensions.sets(options),
            CelExtensions.optional(),
            CelExtensions.comprehensions())
        .build();
  }
}
