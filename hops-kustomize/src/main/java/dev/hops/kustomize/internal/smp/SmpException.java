package dev.hops.kustomize.internal.smp;

import dev.hops.yaml.HopsException;

/** A strategic merge patch kyaml refuses; the message is kyaml's. */
public final class SmpException extends HopsException {

  public SmpException(String message) {
    super(null, null, message);
  }
}
