package dev.hops.kustomize;

import dev.hops.yaml.HopsException;
import dev.hops.yaml.SourcePos;

/** A kustomization that cannot be built, with the file and object concerned where known. */
public class KustomizeException extends HopsException {

  public KustomizeException(String message) {
    super(SourcePos.UNKNOWN, null, message);
  }

  public KustomizeException(SourcePos pos, String object, String message) {
    super(pos, object, message);
  }

  public KustomizeException(SourcePos pos, String object, String message, Throwable cause) {
    super(pos, object, message, cause);
  }
}
