package dev.hops.check;

import dev.hops.yaml.HopsException;
import dev.hops.yaml.SourcePos;

/** A {@code .hops.yaml} that cannot be used: the file, line and what is wrong. */
public final class CheckConfigException extends HopsException {

  public CheckConfigException(SourcePos pos, String message) {
    super(pos, null, message);
  }
}
