package dev.hops.kustomize;

import dev.hops.kustomize.internal.openapi.OpenApiSchema;
import dev.hops.kustomize.internal.openapi.ResourceSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which lists of a kind Kubernetes merges by key, and by which key: what strategic merge patching
 * reads from the built-in Kubernetes OpenAPI schema ({@code x-kubernetes-patch-merge-key} and
 * {@code x-kubernetes-list-map-keys}). Containers, env and volumes are keyed by {@code name},
 * container ports by {@code containerPort}, Service ports by {@code port}; other lists, and every
 * list of a kind the schema does not know (custom resources), have no key.
 *
 * <pre>{@code
 * ListKeys.of("apps/v1", "Deployment").keyFor(List.of("spec", "template", "spec", "containers"))
 * // [name]
 * }</pre>
 */
public final class ListKeys {

  /** The path element that stands for the items of a list: {@code containers, [], env}. */
  public static final String ITEMS = ResourceSchema.ELEMENTS;

  private static final ListKeys NONE = new ListKeys(null);

  private static final int CACHE_LIMIT = 10_000;

  /** By apiVersion and kind: a diff asks for the same few kinds again and again. */
  private static final ConcurrentHashMap<String, ListKeys> CACHE = new ConcurrentHashMap<>();

  private final ResourceSchema schema;

  private ListKeys(ResourceSchema schema) {
    this.schema = schema;
  }

  /**
   * The list keys of a kind; for an apiVersion the schema does not know, those of the same group
   * and kind at another version; none for an unknown kind.
   */
  public static ListKeys of(String apiVersion, String kind) {
    if (apiVersion == null || kind == null) {
      return NONE;
    }
    String key = apiVersion + " " + kind;
    ListKeys keys = CACHE.get(key);
    if (keys == null) {
      keys = lookup(apiVersion, kind);
      if (CACHE.size() < CACHE_LIMIT) {
        CACHE.putIfAbsent(key, keys);
      }
    }
    return keys;
  }

  private static ListKeys lookup(String apiVersion, String kind) {
    OpenApiSchema openApi = OpenApiSchema.builtin();
    ResourceSchema s = openApi.schemaForResourceType(apiVersion, kind);
    if (s == null) {
      Gvk gvk = Gvk.of(apiVersion, kind);
      s = openApi.schemaForGroupKind(gvk.group(), kind);
    }
    return s == null ? NONE : new ListKeys(s);
  }

  /** The list keys of a group/version/kind. */
  public static ListKeys of(Gvk gvk) {
    return of(gvk.apiVersion(), gvk.kind());
  }

  /** Whether the schema knows the kind (else no list has a key). */
  public boolean known() {
    return schema != null;
  }

  /**
   * The key of the list at {@code path} (field names from the object's root, {@link #ITEMS} for the
   * items of an enclosing list): empty when Kubernetes does not merge it by key. Otherwise the
   * first element is the patch merge key and the others are the further list-map keys that identify
   * an item together with it (container ports: {@code [containerPort, protocol]}).
   */
  public List<String> keyFor(List<String> path) {
    if (schema == null) {
      return List.of();
    }
    ResourceSchema list = schema.lookup(path.toArray(String[]::new));
    if (list == null || !list.hasMergeStrategy()) {
      return List.of();
    }
    List<String> keys = new ArrayList<>();
    String mergeKey = list.patchMergeKey();
    if (!mergeKey.isEmpty()) {
      keys.add(mergeKey);
    }
    for (String k : list.patchKeys()) {
      if (!keys.contains(k)) {
        keys.add(k);
      }
    }
    return List.copyOf(keys);
  }
}
