package dev.hops.check.schema;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * One node of a schema: the subset of OpenAPI v3 and JSON Schema that Kubernetes' built-in kinds,
 * CustomResourceDefinitions and kubeconform's JSON schemas use. Made with a {@link Builder} by the
 * readers of this package; immutable afterwards, except that a reference resolves its target once,
 * on first use.
 */
public final class Schema {

  /** JSON types, as bits of {@link #types}. */
  static final int OBJECT = 1;

  static final int ARRAY = 2;
  static final int STRING = 4;
  static final int INTEGER = 8;
  static final int NUMBER = 16;
  static final int BOOLEAN = 32;
  static final int NULL = 64;

  /** Anything goes. */
  static final Schema ANY = new Builder().build();

  /** Allowed JSON types; 0 for any. */
  final int types;

  /** A Kubernetes resource quantity: a number or a string such as {@code 128Mi}. */
  final boolean quantity;

  final Map<String, Schema> properties;

  /** The schema of fields that are not properties; null: see {@link #closed}. */
  final Schema additional;

  /** Fields that are neither properties nor covered by {@link #additional} are unknown. */
  final boolean closed;

  final List<String> required;
  final Schema items;

  /** Null is a value here; elsewhere Kubernetes prunes nulls, as if the field were absent. */
  final boolean nullable;

  /** A Kubernetes object inside an object: apiVersion, kind and metadata are implied. */
  final boolean embeddedResource;

  /** The allowed values as {@link Json#key} keys; null when any value is allowed. */
  final Set<String> enumKeys;

  /** The allowed values as written, for messages. */
  final List<String> enumShown;

  final Pattern pattern;
  final Double minimum;
  final Double maximum;
  final boolean exclusiveMinimum;
  final boolean exclusiveMaximum;
  final Long minLength;
  final Long maxLength;
  final Long minItems;
  final Long maxItems;
  final Long minProperties;
  final Long maxProperties;
  final List<Schema> allOf;
  final List<Schema> anyOf;
  final List<Schema> oneOf;
  final Schema not;

  /** The definition's name for messages ({@code DeploymentSpec}), or null. */
  final String title;

  private final Supplier<Schema> ref;
  private volatile Schema resolved;

  private Schema(Builder b) {
    types = b.types;
    quantity = b.quantity;
    properties = b.properties == null ? Map.of() : Map.copyOf(b.properties);
    additional = b.additional;
    closed = b.closed;
    required = b.required == null ? List.of() : List.copyOf(b.required);
    items = b.items;
    nullable = b.nullable;
    embeddedResource = b.embeddedResource;
    enumKeys = b.enumKeys == null ? null : Set.copyOf(b.enumKeys);
    enumShown = b.enumShown == null ? List.of() : List.copyOf(b.enumShown);
    pattern = b.pattern;
    minimum = b.minimum;
    maximum = b.maximum;
    exclusiveMinimum = b.exclusiveMinimum;
    exclusiveMaximum = b.exclusiveMaximum;
    minLength = b.minLength;
    maxLength = b.maxLength;
    minItems = b.minItems;
    maxItems = b.maxItems;
    minProperties = b.minProperties;
    maxProperties = b.maxProperties;
    allOf = b.allOf == null ? List.of() : List.copyOf(b.allOf);
    anyOf = b.anyOf == null ? List.of() : List.copyOf(b.anyOf);
    oneOf = b.oneOf == null ? List.of() : List.copyOf(b.oneOf);
    not = b.not;
    title = b.title;
    ref = b.ref;
  }

  /** A schema that stands for another one, made on first use (definitions, {@code $ref}). */
  static Schema ref(Supplier<Schema> target) {
    Builder b = new Builder();
    b.ref = target;
    return b.build();
  }

  /** This schema, or the target of a reference. */
  Schema resolve() {
    if (ref == null) {
      return this;
    }
    Schema r = resolved;
    if (r == null) {
      r = ref.get().resolve();
      resolved = r;
    }
    return r;
  }

  /** The schema of a field of an object, or null when the field is unknown here. */
  Schema field(String name) {
    Schema p = properties.get(name);
    if (p != null) {
      return p;
    }
    if (additional != null) {
      return additional;
    }
    return closed ? null : ANY;
  }

  /** The parts of a schema; what is left unset does not restrict. */
  static final class Builder {
    int types;
    boolean quantity;
    Map<String, Schema> properties;
    Schema additional;
    boolean closed;
    List<String> required;
    Schema items;
    boolean nullable;
    boolean embeddedResource;
    Set<String> enumKeys;
    List<String> enumShown;
    Pattern pattern;
    Double minimum;
    Double maximum;
    boolean exclusiveMinimum;
    boolean exclusiveMaximum;
    Long minLength;
    Long maxLength;
    Long minItems;
    Long maxItems;
    Long minProperties;
    Long maxProperties;
    List<Schema> allOf;
    List<Schema> anyOf;
    List<Schema> oneOf;
    Schema not;
    String title;
    Supplier<Schema> ref;

    Schema build() {
      return new Schema(this);
    }
  }
}
