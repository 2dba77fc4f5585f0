package dev.hops.cli;

import dev.hops.diff.Change;
import dev.hops.diff.FieldChange;
import dev.hops.diff.Reach;
import dev.hops.flux.ObjectRef;
import dev.hops.yaml.KustomizeYaml;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code {"changes":[{"cluster","owner","object","action","renamedFrom"?,"diff":[{"path","before",
 * "after"}]}],"summary":{"added","removed","changed","renamed","owners"},"reach"?:[{"file",
 * "owners"}],"notes"?:[...]}}: {@code before}/{@code after} are YAML text, null where the field is
 * absent; {@code yaml} (the object, Secret values masked) only for added and removed objects;
 * {@code renamedFrom} only for renames; {@code reach} and {@code notes} only when there are some.
 * Keys are written in sorted order (Go's json.Marshal).
 */
final class JsonDiffOutput implements DiffOutput {

  @Override
  public void print(PrintWriter out, DiffReport report) {
    List<Object> changes = new ArrayList<>();
    for (Change c : report.changes()) {
      changes.add(change(c));
    }
    DiffReport.Counts counts = DiffReport.Counts.of(report.changes());
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("added", counts.added());
    summary.put("removed", counts.removed());
    summary.put("changed", counts.changed());
    summary.put("renamed", counts.renamed());
    summary.put("owners", (long) report.byOwner().size());
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("changes", changes);
    doc.put("summary", summary);
    if (!report.reach().isEmpty()) {
      doc.put("reach", reach(report.reach()));
    }
    if (!report.notes().isEmpty()) {
      doc.put("notes", new ArrayList<Object>(report.notes()));
    }
    out.println(JsonPretty.indent(KustomizeYaml.toJson((Object) doc)));
  }

  private static Map<String, Object> change(Change c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("cluster", c.cluster());
    m.put("owner", c.owner() == null ? null : c.owner().toString());
    m.put("object", c.object());
    m.put("action", c.action().label());
    if (c.yaml() != null) {
      m.put("yaml", c.yaml());
    }
    if (c.renamedFrom() != null) {
      m.put("renamedFrom", c.renamedFrom());
    }
    List<Object> diff = new ArrayList<>();
    for (FieldChange f : c.fields()) {
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("path", f.path());
      d.put("before", f.before());
      d.put("after", f.after());
      diff.add(d);
    }
    m.put("diff", diff);
    return m;
  }

  private static List<Object> reach(List<Reach> reach) {
    List<Object> out = new ArrayList<>();
    for (Reach r : reach) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("file", r.file());
      m.put("owners", new ArrayList<Object>(r.owners().stream().map(ObjectRef::toString).toList()));
      out.add(m);
    }
    return out;
  }
}
