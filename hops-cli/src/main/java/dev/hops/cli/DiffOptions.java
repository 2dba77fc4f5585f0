package dev.hops.cli;

import dev.hops.yaml.HopsException;
import dev.hops.yaml.SourcePos;
import java.util.List;
import org.apache.commons.cli.Options;

/** The options of {@code hops diff} besides those of the render: revisions and output. */
final class DiffOptions {

  /** The output formats, in the order the help lists them. */
  static final List<String> FORMATS = DiffOutput.FORMATS;

  String base;

  String head;

  String format = "unified";

  Long limitBytes;

  String color = "auto";

  static Options addTo(Options options) {
    return options
        .addOption(
            Cli.value(
                null,
                "base",
                "REV",
                "The revision to compare against: a branch, tag, commit or any revision Git takes"
                    + " (origin/main, HEAD~1). Required."))
        .addOption(
            Cli.value(
                null,
                "head",
                "REV",
                "The revision whose effect is shown (default: the working tree, uncommitted and"
                    + " untracked files included, ignored ones left out)."))
        .addOption(
            Cli.value(
                "o",
                "output",
                "FORMAT",
                "unified (default), markdown (for pull request comments) or json."))
        .addOption(
            Cli.value(
                null,
                "limit-bytes",
                "N",
                "Cut the output at about N bytes, with a line saying what was left out (markdown's"
                    + " default: 65000, what a GitHub comment holds)."))
        .addOption(
            Cli.value(
                null,
                "color",
                "WHEN",
                "Color the unified output: auto (on a terminal), always or never."));
  }

  /** The options from a parsed command line. */
  static DiffOptions of(Args args) {
    DiffOptions o = new DiffOptions();
    o.base = args.string("base");
    o.head = args.string("head");
    o.format = args.string("output", "unified");
    o.limitBytes = args.longValue("limit-bytes");
    o.color = args.string("color", "auto");
    return o;
  }

  /** What a GitHub pull request comment holds, with room for a header. */
  static final long MARKDOWN_LIMIT = 65_000;

  /** Checks the options; an error names the one that is wrong. */
  void validate() {
    if (base == null) {
      throw usage("missing --base REV: the revision to compare against (e.g. --base origin/main)");
    }
    if (!FORMATS.contains(format)) {
      throw usage(
          "invalid output format '" + format + "': use one of " + String.join(", ", FORMATS));
    }
    if (limitBytes != null && limitBytes <= 0) {
      throw usage("invalid --limit-bytes " + limitBytes + ": give a number of bytes above 0");
    }
    useColor();
  }

  /** The byte limit: the one given, else markdown's default, else none (0). */
  long limit() {
    if (limitBytes != null) {
      return limitBytes;
    }
    return format.equals("markdown") ? MARKDOWN_LIMIT : 0;
  }

  boolean useColor() {
    return switch (color) {
      case "always" -> true;
      case "never" -> false;
      case "auto" ->
          System.getenv("NO_COLOR") == null && "1".equals(System.getenv("HOPS_STDOUT_TTY"));
      default -> throw usage("invalid --color '" + color + "': use auto, always or never");
    };
  }

  private static HopsException usage(String message) {
    return new HopsException(SourcePos.UNKNOWN, null, message);
  }
}
