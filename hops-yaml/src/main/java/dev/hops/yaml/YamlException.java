package dev.hops.yaml;

/** Malformed or hostile YAML: syntax errors, alias bombs, too deep or too large documents. */
public class YamlException extends HopsException {

  public YamlException(SourcePos pos, String message) {
    super(pos, null, message);
  }

  public YamlException(SourcePos pos, String message, Throwable cause) {
    super(pos, null, message, cause);
  }
}
