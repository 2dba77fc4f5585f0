package dev.hops.kustomize.internal.openapi;

import java.util.List;
import java.util.Map;

/**
 * The OpenAPI schema of a resource or of one of its fields, as kyaml's {@code
 * openapi.ResourceSchema} sees it: properties, array items, map values ({@code
 * additionalProperties}) and the strategic-merge extensions. Instances are immutable and shared; a
 * definition's properties are decoded on first use.
 */
public final class ResourceSchema {

  /** kyaml's {@code openapi.Elements}: the path element that stands for "the items of a list". */
  public static final String ELEMENTS = "[]";

  private final OpenApiSchema owner;

  /** A {@code $ref} to a definition (only in property specs, resolved by field/elements). */
  private final String ref;

  private final boolean array;
  private final ResourceSchema items;
  private final ResourceSchema additionalProperties;
  private final String patchStrategy;
  private final String mergeKey;
  private final List<String> listMapKeys;

  /** For a definition: its name, its properties decoded lazily. */
  private final String definition;

  private volatile Map<String, ResourceSchema> properties;

  private ResourceSchema(
      OpenApiSchema owner,
      String ref,
      boolean array,
      ResourceSchema items,
      ResourceSchema additionalProperties,
      String patchStrategy,
      String mergeKey,
      List<String> listMapKeys,
      String definition) {
    this.owner = owner;
    this.ref = ref;
    this.array = array;
    this.items = items;
    this.additionalProperties = additionalProperties;
    this.patchStrategy = patchStrategy;
    this.mergeKey = mergeKey;
    this.listMapKeys = listMapKeys;
    this.definition = definition;
  }

  static ResourceSchema reference(OpenApiSchema owner, String ref) {
    return new ResourceSchema(owner, ref, false, null, null, null, null, null, null);
  }

  static ResourceSchema inline(
      OpenApiSchema owner,
      boolean array,
      ResourceSchema items,
      ResourceSchema additionalProperties,
      String patchStrategy,
      String mergeKey,
      List<String> listMapKeys) {
    return new ResourceSchema(
        owner,
        null,
        array,
        items,
        additionalProperties,
        patchStrategy,
        mergeKey,
        listMapKeys,
        null);
  }

  static ResourceSchema definition(OpenApiSchema owner, String name) {
    return new ResourceSchema(owner, null, false, null, null, null, null, null, name);
  }

  /** The definition name for a definition's schema, else null. */
  public String definitionName() {
    return definition;
  }

  private Map<String, ResourceSchema> properties() {
    if (definition == null) {
      return Map.of();
    }
    Map<String, ResourceSchema> p = properties;
    if (p == null) {
      p = owner.decodeProperties(definition);
      properties = p;
    }
    return p;
  }

  /** Follows {@code $ref}s; null when a reference does not resolve. */
  private ResourceSchema resolved() {
    ResourceSchema s = this;
    while (s != null && s.ref != null) {
      s = owner.definition(s.ref);
    }
    return s;
  }

  /**
   * kyaml {@code Field}: the schema of a property, else of the map values ({@code
   * additionalProperties}), references resolved; null when unknown.
   */
  public ResourceSchema field(String name) {
    ResourceSchema s = properties().get(name);
    if (s == null) {
      s = additionalProperties;
    }
    return s == null ? null : s.resolved();
  }

  /** kyaml {@code Elements}: the schema of an array's items, references resolved; else null. */
  public ResourceSchema elements() {
    if (!array || items == null) {
      return null;
    }
    return items.resolved();
  }

  /** kyaml {@code Lookup}: {@link #field} or, for {@value #ELEMENTS}, {@link #elements}. */
  public ResourceSchema lookup(String... path) {
    ResourceSchema s = this;
    for (String p : path) {
      if (s == null) {
        break;
      }
      s = ELEMENTS.equals(p) ? s.elements() : s.field(p);
    }
    return s;
  }

  /** The {@code x-kubernetes-patch-strategy} extension, or "" when absent. */
  public String patchStrategy() {
    return patchStrategy == null ? "" : patchStrategy;
  }

  /**
   * kyaml {@code PatchStrategyAndKey}'s merge key: the {@code x-kubernetes-patch-merge-key}
   * extension, or "" when absent (or when there is no patch strategy, as kyaml does).
   */
  public String patchMergeKey() {
    return patchStrategy == null || mergeKey == null ? "" : mergeKey;
  }

  /**
   * kyaml {@code PatchStrategyAndKeyList}: the patch strategy ("" when absent) and the merge keys:
   * {@code x-kubernetes-list-map-keys} when present, else the {@code x-kubernetes-patch-merge-key}
   * alone, else none. Keys are only read when there is a patch strategy.
   */
  public List<String> patchKeys() {
    if (patchStrategy == null) {
      return List.of();
    }
    if (listMapKeys != null) {
      return listMapKeys;
    }
    return mergeKey == null ? List.of() : List.of(mergeKey);
  }

  /** kyaml {@code schema.IsAssociative} with a schema: one of the strategies is {@code merge}. */
  public boolean hasMergeStrategy() {
    if (patchStrategy == null) {
      return false;
    }
    for (String s : patchStrategy.split(",", -1)) {
      if (s.equals("merge")) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    if (definition != null) {
      return definition;
    }
    if (ref != null) {
      return "@" + ref;
    }
    return (array ? "[" + items : additionalProperties != null ? "{" + additionalProperties : "-")
        + (patchStrategy == null ? "" : " " + patchStrategy + " " + patchKeys());
  }
}
