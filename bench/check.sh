#!/usr/bin/env bash
# Benchmark: `hops check` against `hops build` on the same repository, in the same run (no Helm
# templating, JVM start included). Issue 5 asks a full check to take at most twice a build.
# Usage: bench/check.sh [REPO] [ROUNDS]   (default: the largest corpus repository)
set -euo pipefail
HOPS_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
REPO="$(cd "${1:-$HOPS_HOME/../shared/corpus/repos/bjw-s-labs-home-ops}" && pwd)"
ROUNDS="${2:-5}"

"$HOPS_HOME/hops" --version >/dev/null      # builds the jar and the start-up cache of build
"$HOPS_HOME/hops" check --help >/dev/null   # ... and of check (first use only)
now() { date +%s.%N; }
best_build=""; best_check=""
for round in $(seq "$ROUNDS"); do
  t0=$(now)
  "$HOPS_HOME/hops" build "$REPO" --no-helm >/dev/null 2>&1 || true
  t1=$(now)
  "$HOPS_HOME/hops" check "$REPO" --no-helm >/dev/null 2>&1 || true
  t2=$(now)
  b=$(echo "$t1 - $t0" | bc); c=$(echo "$t2 - $t1" | bc)
  printf 'round %d: build %.2fs  check %.2fs\n' "$round" "$b" "$c"
  if [[ -z "$best_build" ]] || (( $(echo "$b < $best_build" | bc) )); then best_build=$b; fi
  if [[ -z "$best_check" ]] || (( $(echo "$c < $best_check" | bc) )); then best_check=$c; fi
done
echo "repository: $REPO"
"$HOPS_HOME/hops" check "$REPO" --no-helm 2>/dev/null | tail -1 || true
printf 'best of %d: hops build %.2fs, hops check %.2fs\n' "$ROUNDS" "$best_build" "$best_check"
printf 'ratio: check takes %.2fx the time of build (target: at most 2x)\n' \
  "$(echo "$best_check / $best_build" | bc -l)"
