package dev.hops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hops.yaml.MappingNode;
import java.lang.invoke.CallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The records that write equals/hashCode (and toString) out, so that a cold JVM does not link the
 * implicit ones ("Start-up cost" in ARCHITECTURE.md), behave as the implicit ones: the same
 * equality over every component, the same hash values, the same text.
 */
class RecordMethodsTest {

  static Stream<String> writtenOut() {
    return Stream.of(
        "dev.hops.yaml.SourcePos",
        "dev.hops.yaml.YamlLimits",
        "dev.hops.kustomize.Gvk",
        "dev.hops.kustomize.internal.config.NameBackRef",
        "dev.hops.kustomize.internal.config.TransformerConfig",
        "dev.hops.kustomize.internal.loader.ParseCache$Key",
        "dev.hops.kustomize.internal.types.FieldSpec",
        "dev.hops.helm.ChartCache$Selector",
        "dev.hops.flux.ObjectRef",
        "dev.hops.flux.internal.model.ClusterRoot$PathMapping",
        "dev.hops.flux.internal.model.FluxKustomization",
        "dev.hops.flux.internal.model.FluxKustomization$PostBuildSpec",
        "dev.hops.flux.internal.model.FluxKustomization$SourceRefSpec",
        "dev.hops.flux.internal.model.FluxKustomization$SubstituteFrom",
        "dev.hops.flux.internal.model.RepoScan$Doc",
        "dev.hops.flux.internal.render.ClusterRenderer$Pending",
        "dev.hops.flux.internal.render.RepositoryRenderer$ArtifactKey",
        "dev.hops.flux.internal.reuse.Query",
        "dev.hops.flux.internal.reuse.Query$Failure",
        "dev.hops.flux.internal.subst.Variables$LoadError",
        "dev.hops.check.CheckContext$Key",
        "dev.hops.check.Finding",
        "dev.hops.check.rules.refs.Targets$Key",
        "dev.hops.diff.internal.Rendered",
        "dev.hops.diff.internal.Rendered$Identity",
        "dev.hops.diff.internal.RenderSide$Owner",
        "dev.hops.diff.internal.git.TreeIndex$Entry",
        "dev.hops.cli.DiffReport$Owner",
        "dev.hops.cli.DiffSelection$Owner");
  }

  /** Those whose toString is written out in the record's format (the others have their own). */
  private static final Set<String> RECORD_TO_STRING =
      Set.of(
          "dev.hops.flux.internal.subst.Variables$LoadError", "dev.hops.helm.ChartCache$Selector");

  @ParameterizedTest(name = "{0}")
  @MethodSource("writtenOut")
  void behavesAsTheImplicitMethods(String name) throws Throwable {
    Class<?> type = Class.forName(name);
    Implicit implicit = Implicit.of(type);
    RecordComponent[] components = type.getRecordComponents();
    Object[] values = new Object[components.length];
    for (int i = 0; i < values.length; i++) {
      values[i] = sample(components[i].getType(), 0);
    }
    Object a = make(type, values);
    Object same = make(type, values.clone());

    assertThat(a.equals(same)).isTrue();
    assertThat(a.equals(null)).isFalse();
    assertThat(a.equals(new Object())).isFalse();
    assertThat(a.hashCode()).isEqualTo(same.hashCode()).isEqualTo(implicit.hashCode(a));
    for (int i = 0; i < values.length; i++) {
      Object[] changed = values.clone();
      changed[i] = sample(components[i].getType(), 1);
      Object b = make(type, changed);
      assertThat(a.equals(b)).as(components[i].getName()).isFalse();
      assertThat(b.equals(a)).as(components[i].getName()).isFalse();
      assertThat(implicit.equals(a, b)).isFalse();
      assertThat(b.hashCode()).as(components[i].getName()).isEqualTo(implicit.hashCode(b));
    }
    if (RECORD_TO_STRING.contains(name)) {
      assertThat(a.toString()).isEqualTo(implicit.toString(a));
    }
  }

  /** A value of {@code type}: variant 0 or 1, different from each other. */
  private static Object sample(Class<?> type, int variant) throws Exception {
    if (type == String.class) {
      return variant == 0 ? "a" : "b";
    } else if (type == int.class) {
      return variant + 1;
    } else if (type == long.class) {
      return variant + 1L;
    } else if (type == boolean.class) {
      return variant == 1;
    } else if (type.isEnum()) {
      return type.getEnumConstants()[variant];
    } else if (type == List.class) {
      return variant == 0 ? List.of() : List.of("x");
    } else if (type == Map.class) {
      return variant == 0 ? Map.of() : Map.of("k", "v");
    } else if (type == MappingNode.class) {
      return MappingNode.empty(); // compared by identity: a new one is another
    } else if (type == ObjectId.class) {
      return variant == 0 ? ObjectId.zeroId() : ObjectId.fromString("01".repeat(20));
    } else if (type == Path.class) {
      return Path.of(variant == 0 ? "a" : "b");
    } else if (type.isRecord()) {
      RecordComponent[] components = type.getRecordComponents();
      Object[] values = new Object[components.length];
      for (int i = 0; i < values.length; i++) {
        values[i] = sample(components[i].getType(), variant);
      }
      return make(type, values);
    }
    throw new IllegalArgumentException("no sample of " + type);
  }

  private static Object make(Class<?> type, Object[] values) throws Exception {
    Class<?>[] types =
        Arrays.stream(type.getRecordComponents())
            .map(RecordComponent::getType)
            .toArray(Class<?>[]::new);
    Constructor<?> c = type.getDeclaredConstructor(types);
    c.setAccessible(true);
    return c.newInstance(values);
  }

  /** The methods the compiler would have given the record, from the JDK's own bootstrap. */
  private record Implicit(MethodHandle eq, MethodHandle hash, MethodHandle text) {

    static Implicit of(Class<?> type) throws Throwable {
      MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
      RecordComponent[] components = type.getRecordComponents();
      MethodHandle[] getters = new MethodHandle[components.length];
      for (int i = 0; i < getters.length; i++) {
        getters[i] = lookup.unreflect(components[i].getAccessor());
      }
      String names =
          Arrays.stream(components).map(RecordComponent::getName).collect(Collectors.joining(";"));
      return new Implicit(
          bootstrap(
              lookup,
              "equals",
              MethodType.methodType(boolean.class, type, Object.class),
              type,
              names,
              getters),
          bootstrap(
              lookup, "hashCode", MethodType.methodType(int.class, type), type, names, getters),
          bootstrap(
              lookup, "toString", MethodType.methodType(String.class, type), type, names, getters));
    }

    private static MethodHandle bootstrap(
        MethodHandles.Lookup lookup,
        String method,
        MethodType methodType,
        Class<?> type,
        String names,
        MethodHandle[] getters)
        throws Throwable {
      CallSite site =
          (CallSite)
              java.lang.runtime.ObjectMethods.bootstrap(
                  lookup, method, methodType, type, names, getters);
      return site.dynamicInvoker();
    }

    boolean equals(Object a, Object b) throws Throwable {
      return (boolean) eq.invoke(a, b);
    }

    int hashCode(Object a) throws Throwable {
      return (int) hash.invoke(a);
    }

    String toString(Object a) throws Throwable {
      return (String) text.invoke(a);
    }
  }
}
