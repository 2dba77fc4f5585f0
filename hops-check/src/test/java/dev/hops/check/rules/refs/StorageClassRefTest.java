package dev.hops.check.rules.refs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hops.check.Finding;
import dev.hops.check.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class StorageClassRefTest {

  private static final String CLASS =
      """
      apiVersion: storage.k8s.io/v1
      kind: StorageClass
      metadata:
        name: ceph-block
      provisioner: rook-ceph.rbd.csi.ceph.com
      ---
      """;

  private static String claims(String className) {
    return """
        apiVersion: v1
        kind: PersistentVolumeClaim
        metadata:
          name: data
          namespace: apps
        spec:
          storageClassName: %s
        ---
        apiVersion: apps/v1
        kind: StatefulSet
        metadata:
          name: db
          namespace: apps
        spec:
          volumeClaimTemplates:
            - metadata:
                name: data
              spec:
                storageClassName: %s
        """
        .formatted(className, className);
  }

  @Test
  void classesTheRepositoryDefinesAndNoClassAreFine() {
    assertThat(RefRepo.check("storage-class", CLASS + claims("ceph-block"))).isEmpty();
    assertThat(RefRepo.check("storage-class", CLASS + claims("\"\""))).isEmpty();
  }

  @Test
  void withoutAnyStorageClassInTheRenderNothingIsChecked() {
    assertThat(RefRepo.check("storage-class", claims("local-path"))).isEmpty();
  }

  @Test
  void anUndefinedClassIsAWarningAtEveryClaim() {
    List<Finding> f = RefRepo.check("storage-class", CLASS + claims("ceph-blok"));
    assertThat(f).extracting(Finding::severity).containsOnly(Severity.WARNING);
    assertThat(f).extracting(x -> x.pos().line()).containsExactly(13, 25);
    assertThat(f)
        .extracting(Finding::object)
        .containsExactly("PersistentVolumeClaim/apps/data", "StatefulSet/apps/db");
    assertThat(f.getFirst().message())
        .isEqualTo(
            "spec.storageClassName names StorageClass/ceph-blok, which the repository does not"
                + " define (it defines ceph-block)");
  }

  @Test
  void whenTheRenderIsIncompleteAnUndefinedClassIsOneWarningThatSaysSo() {
    List<Finding> f =
        RefRepo.check("storage-class", RefRepo.FAILING + "---\n" + CLASS + claims("ceph-blok"));
    assertThat(f)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.severity()).isEqualTo(Severity.WARNING);
              assertThat(x.message())
                  .contains("which is not in the render; it may be among the objects")
                  .endsWith("; 1 other reference");
            });
  }
}
