package dev.hops.cli;

import dev.hops.diff.Change;
import dev.hops.diff.Reach;
import dev.hops.flux.ObjectRef;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Changes as a pull request comment: the summary and a table of counts per Kustomization or
 * HelmRelease first, then one collapsed {@code <details>} section per owner holding its changes in
 * a {@code diff} code block ({@link DiffLines}), then the blast radius. With a byte limit the
 * output stops before the first table row or section that would pass it (never inside one) and ends
 * with a line saying what was left out.
 */
final class MarkdownDiffOutput implements DiffOutput {

  /** A piece that is printed whole or not at all, with what it shows. */
  private record Block(String text, int owners, int changes, int files) {}

  private final long limitBytes;

  MarkdownDiffOutput(long limitBytes) {
    this.limitBytes = limitBytes;
  }

  @Override
  public void print(PrintWriter out, DiffReport report) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block(title(report), 0, 0, 0));
    Map<DiffReport.Owner, List<Change>> byOwner = report.byOwner();
    Function<DiffReport.Owner, String> names = report.ownerNames();
    boolean renames = DiffReport.Counts.of(report.changes()).renamed() > 0;
    boolean first = true;
    for (Map.Entry<DiffReport.Owner, List<Change>> e : byOwner.entrySet()) {
      String row = row(names.apply(e.getKey()), e.getValue(), renames);
      blocks.add(new Block(first ? tableHeader(renames) + row : row, 0, 0, 0));
      first = false;
    }
    for (Map.Entry<DiffReport.Owner, List<Change>> e : byOwner.entrySet()) {
      blocks.add(
          new Block(section(names.apply(e.getKey()), e.getValue()), 1, e.getValue().size(), 0));
    }
    // the blast radius last: under a byte limit, the changes themselves come first
    first = true;
    for (Reach r : report.reach()) {
      blocks.add(new Block((first ? reachHeader() : "") + reachRow(r), 0, 0, 1));
      first = false;
    }
    out.print(fit(blocks, report));
    out.flush();
  }

  private static String title(DiffReport report) {
    StringBuilder s = new StringBuilder("### hops diff\n\n");
    String revisions = report.revisions();
    String summary = report.changes().isEmpty() ? "No changes." : report.summary() + ".";
    if (revisions != null) {
      s.append("**").append(escape(revisions)).append("**: ");
    }
    s.append(summary.substring(0, 1).toUpperCase(java.util.Locale.ROOT))
        .append(summary.substring(1))
        .append('\n');
    for (String note : report.notes()) {
      s.append("\n> **Note:** ").append(escape(note)).append('\n');
    }
    return s.toString();
  }

  private static String tableHeader(boolean renames) {
    return "\n| Kustomization / HelmRelease | Added | Changed |"
        + (renames ? " Renamed |" : "")
        + " Removed |\n| --- | ---: | ---: |"
        + (renames ? " ---: |" : "")
        + " ---: |\n";
  }

  private static String row(String owner, List<Change> changes, boolean renames) {
    DiffReport.Counts n = DiffReport.Counts.of(changes);
    return "| "
        + code(owner)
        + " | "
        + n.added()
        + " | "
        + n.changed()
        + " |"
        + (renames ? " " + n.renamed() + " |" : "")
        + " "
        + n.removed()
        + " |\n";
  }

  private static String reachHeader() {
    return "\n**Blast radius**\n\n| Changed file | Reaches |\n| --- | --- |\n";
  }

  private static String reachRow(Reach r) {
    List<String> owners = new ArrayList<>();
    for (ObjectRef o : r.owners()) {
      owners.add(code(o.toString()));
    }
    return "| "
        + code(r.file())
        + " | "
        + (owners.isEmpty() ? "—" : String.join(", ", owners))
        + " |\n";
  }

  private static String section(String owner, List<Change> changes) {
    List<String> lines = new ArrayList<>();
    for (Change c : changes) {
      lines.addAll(DiffLines.of(c));
    }
    String fence = fence(lines);
    StringBuilder s = new StringBuilder("\n<details><summary><code>");
    s.append(html(owner)).append("</code>: ").append(DiffReport.Counts.of(changes));
    s.append("</summary>\n\n").append(fence).append("diff\n");
    for (String line : lines) {
      s.append(line).append('\n');
    }
    return s.append(fence).append("\n\n</details>\n").toString();
  }

  /** The blocks that fit in the limit, and a last line on the rest. */
  private String fit(List<Block> blocks, DiffReport report) {
    StringBuilder all = new StringBuilder();
    blocks.forEach(b -> all.append(b.text()));
    if (limitBytes <= 0 || bytes(all.toString()) <= limitBytes) {
      return all.toString();
    }
    StringBuilder out = new StringBuilder(blocks.get(0).text());
    long used = bytes(out.toString());
    int k = 1;
    // a block goes in when it fits with the line on what would then be left out
    while (k < blocks.size()
        && used + bytes(blocks.get(k).text()) + bytes(leftOut(blocks, k + 1)) <= limitBytes) {
      out.append(blocks.get(k).text());
      used += bytes(blocks.get(k).text());
      k++;
    }
    return out.append(leftOut(blocks, k)).toString();
  }

  /** The line on the blocks from {@code from} on, "" when there are none. */
  private String leftOut(List<Block> blocks, int from) {
    if (from >= blocks.size()) {
      return "";
    }
    int owners = 0;
    int changes = 0;
    int files = 0;
    for (Block b : blocks.subList(from, blocks.size())) {
      owners += b.owners();
      changes += b.changes();
      files += b.files();
    }
    return leftOut(owners, changes, files);
  }

  private String leftOut(int owners, int changes, int files) {
    String what =
        owners
            + (owners == 1 ? " Kustomization/HelmRelease" : " Kustomizations/HelmReleases")
            + " ("
            + changes
            + (changes == 1 ? " change)" : " changes)")
            + (files > 0
                ? " and " + files + (files == 1 ? " file" : " files") + " of the blast" + " radius"
                : "");
    return "\n_… "
        + what
        + " left out: the output is limited to "
        + limitBytes
        + " bytes (`--limit-bytes`)._\n";
  }

  private static long bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  /** A code fence longer than any run of backticks in the lines. */
  private static String fence(List<String> lines) {
    int longest = 0;
    for (String line : lines) {
      int run = 0;
      for (int i = 0; i < line.length(); i++) {
        run = line.charAt(i) == '`' ? run + 1 : 0;
        longest = Math.max(longest, run);
      }
    }
    return "`".repeat(Math.max(3, longest + 1));
  }

  /** Inline code in a table cell: pipes escaped (GitHub reads them as cell breaks even there). */
  private static String code(String s) {
    String ticks = s.contains("`") ? "``" : "`";
    String pad = s.contains("`") ? " " : "";
    return ticks + pad + s.replace("|", "\\|") + pad + ticks;
  }

  private static String html(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** Text outside code: characters Markdown would read as markup escaped. */
  private static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      if ("\\`*_[]<>|#".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c == '\n' ? ' ' : c);
    }
    return out.toString();
  }
}
