#!/usr/bin/env bash
# Benchmark: a whole Flux repository rendered
#   (a) by one `./hops build REPO` process (every cluster, every Kustomization; JVM start included),
#   (b) by one `kubectl kustomize DIR` process per Flux Kustomization path (kustomize v5.5.0),
# in the same run; prints both times and the ratio. kubectl only builds: it does no Flux
# discovery, no post-build substitution and no labels, so the comparison favours it. Directories
# without a kustomization file get the one Flux would generate (in a scratch copy, before timing).
# Usage: bench/flux-build.sh [REPO] [ROUNDS]   (default: the largest corpus repository)
set -euo pipefail
HOPS_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
REPO="$(cd "${1:-$HOPS_HOME/../shared/corpus/repos/bjw-s-labs-home-ops}" && pwd)"
ROUNDS="${2:-3}"
command -v kubectl >/dev/null || { echo "kubectl is needed as the peer" >&2; exit 2; }
command -v python3 >/dev/null || { echo "python3 is needed to prepare the peer's input" >&2; exit 2; }

"$HOPS_HOME/hops" --version >/dev/null   # builds the jar on first use; not timed
SCRATCH="$(mktemp -d)"
trap 'rm -rf "$SCRATCH"' EXIT
"$HOPS_HOME/hops" get ks "$REPO" --no-helm -o json >"$SCRATCH/ks.json" 2>/dev/null || true
cp -r "$REPO" "$SCRATCH/repo"

# The distinct rendered paths, each given the kustomization file Flux would generate.
mapfile -t DIRS < <(python3 - "$SCRATCH/ks.json" "$SCRATCH/repo" <<'PY'
import json, os, sys
names = ("kustomization.yaml", "kustomization.yml", "Kustomization")
root = sys.argv[2]
def has_kus(d): return any(os.path.isfile(os.path.join(d, n)) for n in names)
def scan(base, d, out):
    for e in sorted(os.listdir(d)):
        p = os.path.join(d, e)
        if os.path.isdir(p):
            if has_kus(p): out.append("./" + os.path.relpath(p, base))
            else: scan(base, p, out)
        elif e.endswith((".yaml", ".yml")):
            out.append("./" + os.path.relpath(p, base))
seen = set()
for k in json.load(open(sys.argv[1])):
    if k["status"] != "rendered": continue
    d = os.path.normpath(k["path"].lstrip("/")) if k["path"] else "."
    if d in seen or not os.path.isdir(os.path.join(root, d)): continue
    seen.add(d)
    full = os.path.join(root, d)
    if not has_kus(full):
        res = []; scan(full, full, res)
        with open(os.path.join(full, "kustomization.yaml"), "w") as f:
            f.write("apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n")
            f.writelines("- %s\n" % r for r in res)
    print(d)
PY
)
KS=$(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))))" "$SCRATCH/ks.json")
echo "repository: $REPO"
echo "Flux Kustomizations: $KS, distinct paths built by kubectl: ${#DIRS[@]}"

now() { date +%s.%N; }
best_hops=""; best_kubectl=""; ratios=()
for round in $(seq "$ROUNDS"); do
  t0=$(now)
  "$HOPS_HOME/hops" build "$REPO" --no-helm >"$SCRATCH/hops.yaml" 2>/dev/null || true
  t1=$(now)
  for d in "${DIRS[@]}"; do
    (cd "$SCRATCH/repo" && kubectl kustomize --load-restrictor LoadRestrictionsNone "$d" \
      >/dev/null 2>&1) || echo "kubectl failed on $d" >&2
  done
  t2=$(now)
  h=$(echo "$t1 - $t0" | bc); k=$(echo "$t2 - $t1" | bc)
  r=$(echo "$k / $h" | bc -l); ratios+=("$r")
  printf 'round %d: hops %.2fs  kubectl %.2fs  (%.1fx)\n' "$round" "$h" "$k" "$r"
  if [[ -z "$best_hops" ]] || (( $(echo "$h < $best_hops" | bc) )); then best_hops=$h; fi
  if [[ -z "$best_kubectl" ]] || (( $(echo "$k < $best_kubectl" | bc) )); then best_kubectl=$k; fi
done
printf 'objects rendered by hops: %d\n' "$(grep -c '^kind:' "$SCRATCH/hops.yaml")"
printf 'best of %d: hops build %.2fs (one process), kubectl kustomize %.2fs (%d processes)\n' \
  "$ROUNDS" "$best_hops" "$best_kubectl" "${#DIRS[@]}"
printf 'ratio: hops is %.1fx faster (best against best)\n' "$(echo "$best_kubectl / $best_hops" | bc -l)"
printf 'median of the rounds\x27 ratios: %.1fx\n' \
  "$(printf '%s\n' "${ratios[@]}" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}')"
