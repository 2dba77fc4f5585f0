package dev.hops.diff.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hops.diff.FieldChange;
import java.util.List;

/** The field diff for tests of the public package. */
public final class FieldDiffTestAccess {

  private FieldDiffTestAccess() {}

  /** The one field change between two objects. */
  public static FieldChange single(String base, String head) {
    List<FieldChange> changes =
        FieldDiff.between(FieldDiffTest.yaml(base), FieldDiffTest.yaml(head));
    assertThat(changes).hasSize(1);
    return changes.get(0);
  }
}
