package dev.hops.check.schema;

/** A JSON pointer built while walking down an object, written out only for a violation. */
record Pointer(Pointer parent, String token) {

  static final Pointer ROOT = new Pointer(null, null);

  Pointer child(String name) {
    return new Pointer(this, name);
  }

  Pointer child(int index) {
    return new Pointer(this, Integer.toString(index));
  }

  /** True under {@code /status}, which the API server does not take from what is applied. */
  boolean inStatus() {
    Pointer p = this;
    while (p.parent != null && p.parent.parent != null) {
      p = p.parent;
    }
    return p.parent != null && "status".equals(p.token);
  }

  @Override
  public String toString() {
    if (parent == null) {
      return "";
    }
    // RFC 6901: '~' is written ~0 and '/' is written ~1
    return parent + "/" + token.replace("~", "~0").replace("/", "~1");
  }
}
