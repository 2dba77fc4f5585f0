#!/usr/bin/env bash
# Verification and benchmark of `hops diff` on a real repository with history:
# for N adjacent commit pairs it runs `hops diff --base A --head B -o json` (both revisions read
# from Git, the head rendered incrementally), and `hops build -o json` on each revision checked out
# into a temporary Git worktree (two full renders, two processes); it checks that the diff reports
# exactly the objects the two full builds differ in (added, removed, changed; a rename counts as
# its removal and addition), and prints the times of both. HelmReleases are not rendered
# (--no-helm): their charts need the network.
# Usage: bench/diff-history.sh GIT_WORK_TREE [PAIRS] [FIRST] [PATHSPEC]
#   pairs: each of the last PAIRS commits (skipping FIRST) with its parent; with PATHSPEC (e.g.
#   kubernetes), only the commits that change it
set -euo pipefail
HOPS_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
REPO="$(cd "${1:?usage: bench/diff-history.sh GIT_WORK_TREE [PAIRS] [FIRST]}" && pwd)"
PAIRS="${2:-10}"
FIRST="${3:-0}"
PATHSPEC="${4:-}"
command -v python3 >/dev/null || { echo "python3 is needed to compare the outputs" >&2; exit 2; }
"$HOPS_HOME/hops" --version >/dev/null      # builds the jar and the start-up cache of build
"$HOPS_HOME/hops" diff --help >/dev/null    # ... and of diff (first use only)
SCRATCH="$(mktemp -d)"
cleanup() {
  git -C "$REPO" worktree remove --force "$SCRATCH/a" >/dev/null 2>&1 || true
  git -C "$REPO" worktree remove --force "$SCRATCH/b" >/dev/null 2>&1 || true
  rm -rf "$SCRATCH"
}
trap cleanup EXIT
now() { date +%s.%N; }
total_diff=0; total_builds=0; ok=0; skipped=0; bad=0
mapfile -t COMMITS < <(git -C "$REPO" rev-list --first-parent --skip="$FIRST" --max-count="$PAIRS" HEAD -- $PATHSPEC)
for B in "${COMMITS[@]}"; do
  A=$(git -C "$REPO" rev-parse --short "$B~1"); B=$(git -C "$REPO" rev-parse --short "$B")
  t0=$(now)
  "$HOPS_HOME/hops" diff "$REPO" --base "$A" --head "$B" --no-helm -o json >"$SCRATCH/diff.json" 2>/dev/null || true
  t1=$(now)
  git -C "$REPO" worktree add --detach --force "$SCRATCH/a" "$A" >/dev/null 2>&1
  git -C "$REPO" worktree add --detach --force "$SCRATCH/b" "$B" >/dev/null 2>&1
  t2=$(now)
  "$HOPS_HOME/hops" build "$SCRATCH/a" --no-helm -o json >"$SCRATCH/a.json" 2>/dev/null || true
  "$HOPS_HOME/hops" build "$SCRATCH/b" --no-helm -o json >"$SCRATCH/b.json" 2>/dev/null || true
  t3=$(now)
  git -C "$REPO" worktree remove --force "$SCRATCH/a" >/dev/null; git -C "$REPO" worktree remove --force "$SCRATCH/b" >/dev/null
  d=$(echo "$t1 - $t0" | bc); b=$(echo "$t3 - $t2" | bc)
  verdict=$(python3 - "$SCRATCH/diff.json" "$SCRATCH/a.json" "$SCRATCH/b.json" <<'PY'
import json, sys
def load(p):
    try:
        return json.load(open(p))
    except Exception:
        return None
diff, a, b = (load(p) for p in sys.argv[1:4])
if diff is None or a is None or b is None:
    print("skip: a render failed"); sys.exit()
notes = diff.get("notes", [])
if any("Kustomization" in n and "both revisions" not in n for n in notes):
    print("skip: an owner renders in one revision only (" + "; ".join(notes)[:120] + ")"); sys.exit()
def key(o):
    md = o.get("metadata", {})
    api = o.get("apiVersion", "")
    group = api.split("/")[0] if "/" in api else ""
    ns = md.get("namespace", "")
    return (group, o.get("kind", ""), ns, md.get("name", ""))
def index(doc):
    return {key(o): o for o in doc.get("items", [])}
ia, ib = index(a), index(b)
def ref(k):
    return k[1] + "/" + (k[2] + "/" if k[2] else "") + k[3]
expected = set()
for k in ia.keys() - ib.keys(): expected.add(("removed", ref(k)))
for k in ib.keys() - ia.keys(): expected.add(("added", ref(k)))
for k in ia.keys() & ib.keys():
    if ia[k] != ib[k]: expected.add(("changed", ref(k)))
reported = set()
for c in diff.get("changes", []):
    if c["action"] == "renamed":
        reported.add(("removed", c["renamedFrom"])); reported.add(("added", c["object"]))
    else:
        reported.add((c["action"], c["object"]))
if expected == reported:
    print("same: %d object changes" % len(expected))
else:
    print("DIFFERENT: only in builds %s; only in diff %s" % (sorted(expected - reported)[:5], sorted(reported - expected)[:5]))
PY
)
  printf '%s..%s  diff %.2fs  two builds %.2fs  %s\n' "$A" "$B" "$d" "$b" "$verdict"
  case "$verdict" in same*) ok=$((ok + 1)); total_diff=$(echo "$total_diff + $d" | bc); total_builds=$(echo "$total_builds + $b" | bc);; skip*) skipped=$((skipped + 1));; *) bad=$((bad + 1));; esac
done
echo "pairs: $ok identical to two full builds, $bad different, $skipped skipped"
if (( ok > 0 )); then
  printf 'average over the identical pairs: hops diff %.2fs, two hops build runs %.2fs (%.1fx)\n' \
    "$(echo "$total_diff / $ok" | bc -l)" "$(echo "$total_builds / $ok" | bc -l)" \
    "$(echo "$total_builds / $total_diff" | bc -l)"
fi
(( bad == 0 ))
