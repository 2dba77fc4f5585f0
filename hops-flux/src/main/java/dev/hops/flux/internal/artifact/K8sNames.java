package dev.hops.flux.internal.artifact;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The apimachinery name checks source-watcher applies: {@code NameIsDNSSubdomain}, {@code
 * content.IsLabelKey} (for capture names, which never have a prefix) and {@code
 * content.IsLabelValue}. Each returns the error messages, empty when valid.
 */
final class K8sNames {

  private static final String DNS1123_LABEL = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
  private static final String DNS1123_SUBDOMAIN = DNS1123_LABEL + "(\\." + DNS1123_LABEL + ")*";
  private static final Pattern SUBDOMAIN = Pattern.compile(DNS1123_SUBDOMAIN);
  private static final String QUALIFIED_NAME = "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]";
  private static final Pattern QUALIFIED = Pattern.compile(QUALIFIED_NAME);
  private static final String LABEL_VALUE = "(" + QUALIFIED_NAME + ")?";
  private static final Pattern VALUE = Pattern.compile(LABEL_VALUE);

  private K8sNames() {}

  static List<String> dnsSubdomain(String name) {
    List<String> errs = new ArrayList<>();
    if (name.length() > 253) {
      errs.add("must be no more than 253 characters");
    }
    if (!SUBDOMAIN.matcher(name).matches()) {
      errs.add(
          "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-'"
              + " or '.', and must start and end with an alphanumeric character (e.g."
              + " 'example.com', regex used for validation is '"
              + DNS1123_SUBDOMAIN
              + "')");
    }
    return errs;
  }

  /** IsLabelKey of a key without a prefix (capture names cannot have a slash). */
  static List<String> labelKey(String key) {
    List<String> errs = new ArrayList<>();
    if (key.isEmpty()) {
      errs.add("name part must be non-empty");
    } else if (key.length() > 63) {
      errs.add("name part must be no more than 63 characters");
    }
    if (!QUALIFIED.matcher(key).matches()) {
      errs.add(
          "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and"
              + " end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc',"
              + " regex used for validation is '"
              + QUALIFIED_NAME
              + "')");
    }
    return errs;
  }

  static List<String> labelValue(String value) {
    List<String> errs = new ArrayList<>();
    if (value.length() > 63) {
      errs.add("must be no more than 63 characters");
    }
    if (!VALUE.matcher(value).matches()) {
      errs.add(
          "a valid label must be an empty string or consist of alphanumeric characters, '-', '_'"
              + " or '.', and must start and end with an alphanumeric character (e.g. 'MyValue', "
              + " or 'my_value',  or '12345', regex used for validation is '"
              + LABEL_VALUE
              + "')");
    }
    return errs;
  }
}
