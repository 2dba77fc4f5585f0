package dev.hops.kustomize.internal.filters.jsonpatch;

/** An error of evanphx/json-patch, with its message (pkg/errors wrapping: "context: cause"). */
final class PatchError extends RuntimeException {

  PatchError(String message) {
    super(message);
  }

  /** errors.Wrapf(cause, context). */
  static PatchError wrap(String context, String cause) {
    return new PatchError(context + ": " + cause);
  }

  static PatchError wrap(String context, RuntimeException cause) {
    return wrap(context, cause.getMessage());
  }

  static final String MISSING = "missing value";
  static final String INVALID_INDEX = "invalid index referenced";
  static final String TEST_FAILED = "test failed";
}
