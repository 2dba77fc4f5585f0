package dev.hops.diff;

import dev.hops.yaml.HopsException;
import dev.hops.yaml.SourcePos;

/**
 * A Git repository or revision Hops cannot read: no repository around the folder, an unknown
 * revision, a missing object.
 */
public class GitException extends HopsException {

  public GitException(String message) {
    super(SourcePos.UNKNOWN, null, message);
  }

  public GitException(String message, Throwable cause) {
    super(SourcePos.UNKNOWN, null, message, cause);
  }
}
