package dev.hops.flux.internal.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hops.flux.ObjectRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CyclesTest {

  private static ObjectRef ks(String name) {
    return new ObjectRef("Kustomization", "ns", name);
  }

  /** "a>b a>c b>a": edges from dependent to dependency, nodes in order of first mention. */
  private static Cycles.Result find(String spec) {
    Map<ObjectRef, List<ObjectRef>> edges = new LinkedHashMap<>();
    for (String e : spec.split(" ")) {
      String[] ab = e.split(">");
      edges.computeIfAbsent(ks(ab[0]), k -> new ArrayList<>()).add(ks(ab[1]));
      edges.computeIfAbsent(ks(ab[1]), k -> new ArrayList<>());
    }
    return new Cycles(List.copyOf(edges.keySet()), edges).find();
  }

  private static List<String> names(Cycles.Result r) {
    return r.cycles().stream()
        .map(c -> String.join(" ", c.stream().map(ObjectRef::name).toList()))
        .toList();
  }

  static Stream<Arguments> graphs() {
    return Stream.of(
        Arguments.of("a>b b>c", List.of()),
        Arguments.of("a>b b>a", List.of("a b")),
        Arguments.of("a>b b>c c>a", List.of("a b c")),
        Arguments.of("c>a a>b b>c", List.of("c a b")),
        Arguments.of("a>b b>a b>c c>b", List.of("a b", "b c")),
        Arguments.of("a>b b>c c>a a>c", List.of("a b c", "a c")),
        Arguments.of("x>a a>b b>a y>b", List.of("a b")),
        Arguments.of("a>b b>a c>d d>c", List.of("a b", "c d")));
  }

  @ParameterizedTest
  @MethodSource("graphs")
  void eachElementaryCycleOnceFromItsFirstMember(String spec, List<String> expected) {
    Cycles.Result r = find(spec);
    assertThat(names(r)).containsExactlyElementsOf(expected);
    assertThat(r.truncated()).isEmpty();
  }

  @Test
  void completeGraphsAreCutShortButEveryMemberIsKnown() {
    StringBuilder k4 = new StringBuilder();
    StringBuilder k5 = new StringBuilder();
    String nodes = "abcde";
    for (char x : nodes.toCharArray()) {
      for (char y : nodes.toCharArray()) {
        if (x != y) {
          k5.append(x).append('>').append(y).append(' ');
          if (x != 'e' && y != 'e') {
            k4.append(x).append('>').append(y).append(' ');
          }
        }
      }
    }
    Cycles.Result four = find(k4.toString().trim());
    assertThat(four.cycles()).hasSize(20);
    assertThat(four.truncated()).isEmpty();
    Cycles.Result five = find(k5.toString().trim());
    assertThat(five.cycles()).hasSize(Cycles.MAX_CYCLES);
    assertThat(five.truncated()).hasSize(1);
    assertThat(five.members()).hasSize(5);
  }

  @Test
  void longChainsAndCyclesDoNotOverflowTheStack() {
    int n = 50_000;
    List<ObjectRef> order = new ArrayList<>();
    Map<ObjectRef, List<ObjectRef>> edges = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      order.add(ks("n" + i));
    }
    for (int i = 0; i < n; i++) {
      edges.put(order.get(i), List.of(order.get((i + 1) % n)));
    }
    Cycles.Result r = new Cycles(order, edges).find();
    assertThat(r.members()).hasSize(n);
    assertThat(r.truncated()).hasSize(1);

    edges.put(order.getLast(), List.of());
    assertThat(new Cycles(order, edges).find().members()).isEmpty();
  }
}
