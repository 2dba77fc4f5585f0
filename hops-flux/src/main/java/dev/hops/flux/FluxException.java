package dev.hops.flux;

import dev.hops.yaml.HopsException;
import dev.hops.yaml.SourcePos;

/**
 * A Flux Kustomization that kustomize-controller would fail to build or apply: the reason is Flux's
 * own message (what its {@code Ready} condition would say), the position and object are where Hops
 * found the cause.
 */
public class FluxException extends HopsException {

  public FluxException(SourcePos pos, String object, String message) {
    super(pos, object, message);
  }

  public FluxException(SourcePos pos, String object, String message, Throwable cause) {
    super(pos, object, message, cause);
  }
}
