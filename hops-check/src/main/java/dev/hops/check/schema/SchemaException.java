package dev.hops.check.schema;

import dev.hops.yaml.HopsException;
import dev.hops.yaml.SourcePos;

/** A schema file that cannot be used ({@code --schema-dir}): the file and what is wrong. */
public final class SchemaException extends HopsException {

  public SchemaException(SourcePos pos, String message) {
    super(pos, null, message);
  }
}
