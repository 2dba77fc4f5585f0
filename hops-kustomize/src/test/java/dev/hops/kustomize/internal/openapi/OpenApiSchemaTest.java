package dev.hops.kustomize.internal.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OpenApiSchemaTest {

  private final OpenApiSchema schema = OpenApiSchema.builtin();

  @Test
  void findsResourceTypesByGroupVersionKind() {
    assertThat(schema.schemaForResourceType("apps/v1", "Deployment").definitionName())
        .isEqualTo("io.k8s.api.apps.v1.Deployment");
    assertThat(schema.schemaForResourceType("v1", "Service").definitionName())
        .isEqualTo("io.k8s.api.core.v1.Service");
    assertThat(schema.schemaForResourceType("batch/v1beta1", "CronJob").definitionName())
        .isEqualTo("io.k8s.api.batch.v1beta1.CronJob");
    // the kustomizationapi definitions kyaml adds
    assertThat(
            schema
                .schemaForResourceType("kustomize.config.k8s.io/v1beta1", "Kustomization")
                .definitionName())
        .isEqualTo("io.k8s.api.apps.v1.Kustomization");
    assertThat(schema.schemaForResourceType("apps/v1", "Foo")).isNull();
    assertThat(schema.schemaForResourceType("helm.toolkit.fluxcd.io/v2", "HelmRelease")).isNull();
    assertThat(schema.schemaForResourceType("apps/v1beta1", "Deployment")).isNull();
    assertThat(schema.schemaForResourceType("Deployment", "apps/v1")).isNull();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "apps/v1|Deployment|spec,template,spec,containers|merge|name",
        "apps/v1|Deployment|spec,template,spec,initContainers|merge|name",
        "apps/v1|Deployment|spec,template,spec,containers,[],env|merge|name",
        "apps/v1|Deployment|spec,template,spec,containers,[],ports|merge|containerPort,protocol",
        "apps/v1|Deployment|spec,template,spec,containers,[],volumeMounts|merge|mountPath",
        "apps/v1|Deployment|spec,template,spec,volumes|merge,retainKeys|name",
        "apps/v1|Deployment|spec,template,spec,imagePullSecrets|merge|name",
        "apps/v1|Deployment|spec,template,spec,topologySpreadConstraints|merge"
            + "|topologyKey,whenUnsatisfiable",
        "apps/v1|Deployment|spec,template,spec,tolerations||",
        "apps/v1|Deployment|spec,template,spec,containers,[],args||",
        "apps/v1|Deployment|metadata,finalizers|merge|",
        "apps/v1|Deployment|metadata,ownerReferences|merge|uid",
        "v1|Service|spec,ports|merge|port,protocol",
        "v1|Service|status,conditions|merge|type",
        "batch/v1|Job|status,conditions|merge|type",
        "v1|ServiceAccount|secrets|merge|name",
        "v1|Node|spec,podCIDRs|merge|",
        "certificates.k8s.io/v1|CertificateSigningRequest|status,conditions||",
        "kustomize.config.k8s.io/v1beta1|Kustomization|configMapGenerator|merge|name",
      })
  void patchStrategiesAndKeys(
      String apiVersion, String kind, String path, String strategy, String keys) {
    ResourceSchema s = schema.schemaForResourceType(apiVersion, kind).lookup(path.split(",", -1));
    assertThat(s).isNotNull();
    assertThat(s.patchStrategy()).isEqualTo(strategy == null ? "" : strategy);
    assertThat(s.patchKeys()).isEqualTo(keys == null ? List.of() : List.of(keys.split(",", -1)));
    assertThat(s.hasMergeStrategy()).isEqualTo(strategy != null && strategy.contains("merge"));
  }

  @Test
  void mergeKeyIsThePatchMergeKeyEvenWithListMapKeys() {
    ResourceSchema ports =
        schema.schemaForResourceType("v1", "Pod").lookup("spec", "containers", "[]", "ports");
    assertThat(ports.patchMergeKey()).isEqualTo("containerPort");
    assertThat(ports.patchKeys()).containsExactly("containerPort", "protocol");
  }

  @Test
  void fieldsResolveReferencesAndMapValues() {
    ResourceSchema cm = schema.schemaForResourceType("v1", "ConfigMap");
    // data is a map of strings: any key has the (string) value schema
    ResourceSchema value = cm.lookup("data", "anything");
    assertThat(value).isNotNull();
    assertThat(value.field("x")).isNull();
    assertThat(value.elements()).isNull();
    // resources limits: a map of Quantity references
    ResourceSchema cpu =
        schema
            .schemaForResourceType("v1", "Pod")
            .lookup("spec", "containers", "[]", "resources", "limits", "cpu");
    assertThat(cpu.definitionName()).isEqualTo("io.k8s.apimachinery.pkg.api.resource.Quantity");
    // a property whose $ref carries a patch strategy: kyaml resolves the reference and loses it
    ResourceSchema strategy =
        schema.schemaForResourceType("apps/v1", "Deployment").lookup("spec", "strategy");
    assertThat(strategy.definitionName()).isEqualTo("io.k8s.api.apps.v1.DeploymentStrategy");
    assertThat(strategy.patchStrategy()).isEmpty();
    // unknown fields have no schema; elements only exist for arrays
    ResourceSchema dep = schema.schemaForResourceType("apps/v1", "Deployment");
    assertThat(dep.field("nope")).isNull();
    assertThat(dep.elements()).isNull();
    assertThat(dep.lookup("spec", "template", "spec", "containers").elements().definitionName())
        .isEqualTo("io.k8s.api.core.v1.Container");
    // an object without properties (RawExtension) is a schema, but knows no fields
    ResourceSchema raw = schema.definition("io.k8s.apimachinery.pkg.runtime.RawExtension");
    assertThat(raw).isNotNull();
    assertThat(raw.field("apiVersion")).isNull();
  }

  @Test
  void definitionsAreSharedAndCached() {
    ResourceSchema a = schema.schemaForResourceType("apps/v1", "Deployment");
    ResourceSchema b = schema.schemaForResourceType("apps/v1", "Deployment");
    assertThat(a).isSameAs(b);
    assertThat(a.lookup("spec", "template", "spec"))
        .isSameAs(schema.schemaForResourceType("v1", "Pod").field("spec"));
  }

  @Test
  void everyReferenceResolves() {
    for (String name : schema.definitionNames()) {
      ResourceSchema def = schema.definition(name);
      assertThat(def).isNotNull();
      for (String prop : schema.decodeProperties(name).keySet()) {
        ResourceSchema s = def.field(prop);
        assertThat(s).as(name + "." + prop).isNotNull();
        ResourceSchema items = s.elements();
        if (items != null) {
          assertThat(items.toString()).doesNotStartWith("@");
        }
      }
    }
    assertThat(schema.definitionNames()).hasSize(623);
  }

  @Test
  void loadsQuickly() {
    OpenApiSchema.load(OpenApiSchema.RESOURCE); // warm up class loading
    long start = System.nanoTime();
    OpenApiSchema loaded = OpenApiSchema.load(OpenApiSchema.RESOURCE);
    long indexed = System.nanoTime();
    loaded.schemaForResourceType("apps/v1", "Deployment").lookup("spec", "template", "spec");
    long end = System.nanoTime();
    assertThat((end - start) / 1_000_000).isLessThan(500);
  }
}
