package dev.hops.kustomize.internal.builtins;

import dev.hops.kustomize.Gvk;
import dev.hops.kustomize.KustomizeException;
import dev.hops.kustomize.internal.filters.Setters;
import dev.hops.kustomize.internal.res.Kyaml;
import dev.hops.kustomize.internal.res.RId;
import dev.hops.kustomize.internal.res.Res;
import dev.hops.kustomize.internal.types.FieldSpec;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.ScalarNode;
import dev.hops.yaml.SequenceNode;
import dev.hops.yaml.Tags;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Updates one name reference field of one referrer: kustomize's nameref.Filter. */
final class NameRefFilter {

  private final Res referrer;
  private final FieldSpec spec;
  private final Gvk target;
  private final List<Res> candidates;

  NameRefFilter(Res referrer, FieldSpec spec, Gvk target, List<Res> candidates) {
    this.referrer = referrer;
    this.spec = spec;
    this.target = target;
    this.candidates = candidates;
  }

  void set(Node node) {
    if (Kyaml.isMissingOrNull(node)) {
      return;
    }
    // an if chain, not a type switch: see "Start-up cost" in ARCHITECTURE.md
    if (node instanceof ScalarNode s) {
      setScalar(s);
    } else if (node instanceof MappingNode m) {
      setMapping(m);
    } else {
      for (Node elem : ((SequenceNode) node).items()) {
        if (Kyaml.isMissingOrNull(elem)) {
          continue;
        }
        if (elem instanceof ScalarNode s) {
          setScalar(s);
        } else if (elem instanceof MappingNode m) {
          setMapping(m);
        } else {
          throw new KustomizeException(
              elem.pos(), null, "list items are expected to be either a string or a map of string");
        }
      }
    }
  }

  private void setScalar(ScalarNode node) {
    Res referral = selectReferral(node.value(), candidates, NameRefFilter::allNamesSame);
    if (referral == null) {
      return;
    }
    referral.appendRefBy(referrer.curId());
    if (referral.getName().equals(node.value())) {
      return;
    }
    Setters.entry("", referral.getName(), Tags.NONE).set(node);
  }

  private void setMapping(MappingNode node) {
    Node nameNode = node.get("name");
    if (nameNode == null) {
      throw new KustomizeException(node.pos(), null, "path config error; no 'name' field in node");
    }
    List<Res> cands = candidatesByNamespace(node);
    String oldName = nameNode instanceof ScalarNode s ? s.value() : "";
    Res referral = selectReferral(oldName, cands, NameRefFilter::allNamesAndNamespacesSame);
    if (referral == null) {
      return;
    }
    referral.appendRefBy(referrer.curId());
    if (referral.getName().equals(oldName) && referral.getNamespace().isEmpty()) {
      return;
    }
    Kyaml.setField(node, "name", ScalarNode.untagged(referral.getName()));
    if (!referral.getNamespace().isEmpty()) {
      Kyaml.setField(node, "namespace", ScalarNode.untagged(referral.getNamespace()));
    }
  }

  private List<Res> candidatesByNamespace(MappingNode node) {
    Node nsNode = node.get("namespace");
    if (nsNode == null) {
      return candidates;
    }
    String ns = nsNode instanceof ScalarNode s ? s.value() : "";
    List<Res> byOrg = grouped(true).get(ns);
    if (byOrg != null) {
      return byOrg;
    }
    List<Res> byCur = grouped(false).get(ns);
    return byCur == null ? List.of() : byCur;
  }

  private Map<String, List<Res>> grouped(boolean original) {
    Map<String, List<Res>> map = new LinkedHashMap<>();
    for (Res r : candidates) {
      String ns = (original ? r.orgId() : r.curId()).effectiveNamespace();
      map.computeIfAbsent(ns, k -> new ArrayList<>()).add(r);
    }
    map.remove(RId.TOTALLY_NOT_A_NAMESPACE);
    return map;
  }

  private Res selectReferral(String oldName, List<Res> cands, Predicate<List<Res>> identical) {
    List<Res> c = sieve(cands, r -> r.prevIds().stream().anyMatch(id -> id.name().equals(oldName)));
    c = sieve(c, r -> r.prevIds().stream().anyMatch(id -> id.gvk().isSelectedBy(target)));
    c = sieve(c, roleRefFilter());
    c = sieve(c, sameCurrentNamespaceAsReferrer());
    if (c.size() == 1) {
      return c.get(0);
    }
    c = sieve(c, r -> prefixSuffixEquals(r, true));
    if (c.size() > 1) {
      c = sieve(c, r -> prefixSuffixEquals(r, false));
    }
    if (c.size() == 1) {
      return c.get(0);
    }
    if (c.isEmpty()) {
      return null;
    }
    if (identical.test(c)) {
      return c.get(0);
    }
    List<String> ids = new ArrayList<>();
    for (Res r : c) {
      ids.add(r.curId().toString());
    }
    throw new KustomizeException(
        referrer.source(),
        referrer.curId().toString(),
        "found multiple possible referrals for '" + spec.path() + "': " + String.join(", ", ids));
  }

  private static List<Res> sieve(List<Res> list, Predicate<Res> fn) {
    List<Res> out = new ArrayList<>();
    for (Res r : list) {
      if (fn.test(r)) {
        out.add(r);
      }
    }
    return out;
  }

  private Predicate<Res> roleRefFilter() {
    if (!spec.path().endsWith("roleRef/name")) {
      return r -> true;
    }
    Node roleRef = Kyaml.lookup(referrer.node(), "roleRef");
    if (roleRef == null) {
      return r -> true;
    }
    Node apiGroup = Kyaml.lookup(roleRef, "apiGroup");
    Node kind = Kyaml.lookup(roleRef, "kind");
    if (apiGroup == null || kind == null) {
      return r -> true;
    }
    Gvk g = new Gvk(scalar(apiGroup), "", scalar(kind));
    return r -> r.prevIds().stream().anyMatch(id -> id.gvk().isSelectedBy(g));
  }

  private static String scalar(Node n) {
    return n instanceof ScalarNode s ? s.value() : "";
  }

  private Predicate<Res> sameCurrentNamespaceAsReferrer() {
    RId ref = referrer.curId();
    if (ref.clusterScoped()) {
      return r -> true;
    }
    return r ->
        r.curId().clusterScoped()
            || "ServiceAccount".equals(r.getKind())
            || ref.isNsEquals(r.curId());
  }

  private boolean prefixSuffixEquals(Res r, boolean allowEmpty) {
    List<String> rp = r.namePrefixes();
    List<String> op = referrer.namePrefixes();
    List<String> rs = r.nameSuffixes();
    List<String> os = referrer.nameSuffixes();
    if (allowEmpty) {
      boolean eitherPrefixEmpty = rp.isEmpty() || op.isEmpty();
      boolean eitherSuffixEmpty = rs.isEmpty() || os.isEmpty();
      return (eitherPrefixEmpty || sameEnding(rp, op)) && (eitherSuffixEmpty || sameEnding(rs, os));
    }
    return sameEnding(rp, op) && sameEnding(rs, os);
  }

  private static boolean sameEnding(List<String> shortest, List<String> longest) {
    if (shortest.size() > longest.size()) {
      List<String> t = shortest;
      shortest = longest;
      longest = t;
    }
    int diff = longest.size() - shortest.size();
    if (shortest.isEmpty()) {
      return diff == 0;
    }
    for (int i = shortest.size() - 1; i >= 0; i--) {
      if (!longest.get(i + diff).equals(shortest.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean allNamesSame(List<Res> rs) {
    String name = rs.get(0).getName();
    return rs.stream().allMatch(r -> r.getName().equals(name));
  }

  private static boolean allNamesAndNamespacesSame(List<Res> rs) {
    String name = rs.get(0).getName();
    String ns = rs.get(0).getNamespace();
    return rs.stream().allMatch(r -> r.getName().equals(name) && r.getNamespace().equals(ns));
  }
}
