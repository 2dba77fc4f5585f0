#!/usr/bin/env bash
# Benchmark: every kustomization directory of the shared corpus, built
#   (a) by one `./hops kustomize build DIR... --output-dir OUT` process (JVM start included), and
#   (b) by one `kubectl kustomize DIR` process per directory (kustomize v5.5.0),
# in the same run; prints both times and the ratio, and checks that the outputs are identical.
# Usage: bench/kustomize-corpus.sh [CORPUS_DIR] [ROUNDS]
set -euo pipefail
HOPS_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CORPUS="${1:-$HOPS_HOME/../shared/corpus}"
ROUNDS="${2:-3}"
REPOS="$(cd "$CORPUS/repos" && pwd)"
command -v kubectl >/dev/null || { echo "kubectl is needed as the peer" >&2; exit 2; }

# The kustomization directories, relative to repos/.
mapfile -t DIRS < <(cd "$REPOS" && find . \( -name kustomization.yaml -o -name kustomization.yml \
  -o -name Kustomization \) -printf '%h\n' | sed 's#^\./##' | sort -u)
echo "directories: ${#DIRS[@]}"

"$HOPS_HOME/hops" --version >/dev/null   # builds the jar on first use; not timed
OUT_HOPS="$(mktemp -d)"; OUT_KUBECTL="$(mktemp -d)"
trap 'rm -rf "$OUT_HOPS" "$OUT_KUBECTL"' EXIT

now() { date +%s.%N; }
best_hops=""; best_kubectl=""
for round in $(seq "$ROUNDS"); do
  t0=$(now)
  (cd "$REPOS" && "$HOPS_HOME/hops" kustomize build "${DIRS[@]}" --output-dir "$OUT_HOPS" 2>/dev/null) || true
  t1=$(now)
  for d in "${DIRS[@]}"; do
    f="$OUT_KUBECTL/$(echo "$d" | sed 's#/#__#g')"
    (cd "$REPOS" && kubectl kustomize "$d" >"$f.yaml" 2>/dev/null) || { rm -f "$f.yaml"; touch "$f.error"; }
  done
  t2=$(now)
  h=$(echo "$t1 - $t0" | bc); k=$(echo "$t2 - $t1" | bc)
  printf 'round %d: hops %.2fs  kubectl %.2fs\n' "$round" "$h" "$k"
  if [[ -z "$best_hops" ]] || (( $(echo "$h < $best_hops" | bc) )); then best_hops=$h; fi
  if [[ -z "$best_kubectl" ]] || (( $(echo "$k < $best_kubectl" | bc) )); then best_kubectl=$k; fi
done

same=0; differ=0
for f in "$OUT_KUBECTL"/*.yaml; do
  if cmp -s "$f" "$OUT_HOPS/$(basename "$f")"; then same=$((same+1)); else differ=$((differ+1)); fi
done
printf 'best of %d: hops %.2fs for %d directories (one process), kubectl %.2fs (one process each)\n' \
  "$ROUNDS" "$best_hops" "${#DIRS[@]}" "$best_kubectl"
printf 'ratio: hops is %.1fx faster\n' "$(echo "$best_kubectl / $best_hops" | bc -l)"
printf 'outputs: %d identical, %d different\n' "$same" "$differ"
