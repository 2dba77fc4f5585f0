package dev.hops.flux.internal.artifact;

/** A failed file-system call in a workspace directory, as Go's {@code *PathError} prints it. */
final class FsError extends BuildFailure {

  /**
   * The errno-like cause, for the callers that test it ({@code os.IsNotExist}, {@code IsExist}).
   */
  enum Kind {
    NOT_EXIST("no such file or directory"),
    EXIST("file exists"),
    NOT_DIR("not a directory"),
    IS_DIR("is a directory"),
    ESCAPES("path escapes from parent"),
    EMPTY("empty path");

    private final String text;

    Kind(String text) {
      this.text = text;
    }
  }

  private final Kind kind;

  FsError(String op, String path, Kind kind) {
    super(kind == Kind.EMPTY ? kind.text : op + " " + path + ": " + kind.text);
    this.kind = kind;
  }

  Kind kind() {
    return kind;
  }
}
