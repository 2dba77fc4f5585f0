#!/usr/bin/env bash
# Conformance on any checkout: builds every kustomization directory below the given repository
# folders with `kubectl kustomize` (kustomize v5.5.0) and with one batch `./hops kustomize build`,
# and reports how many outputs are byte-identical (failures must fail in both).
# Usage: bench/compare-with-kubectl.sh REPO_DIR...   (paths are taken relative to each REPO_DIR's parent)
set -euo pipefail
HOPS_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
command -v kubectl >/dev/null || { echo "kubectl is needed as the oracle" >&2; exit 2; }
WORK="$(mktemp -d)"; trap 'rm -rf "$WORK"' EXIT
total=0; same=0; both_fail=0; differ=()
for repo in "$@"; do
  parent="$(cd "$repo/.." && pwd)"; name="$(basename "$repo")"
  mapfile -t dirs < <(cd "$parent" && find "$name" \( -name kustomization.yaml -o -name kustomization.yml \
    -o -name Kustomization \) -printf '%h\n' | sort -u)
  [[ ${#dirs[@]} -eq 0 ]] && continue
  (cd "$parent" && "$HOPS_HOME/hops" kustomize build "${dirs[@]}" --output-dir "$WORK/hops" >/dev/null 2>&1) || true
  for d in "${dirs[@]}"; do
    f="$(echo "$d" | sed 's#/#__#g')"; total=$((total+1))
    if (cd "$parent" && timeout 30 kubectl kustomize "$d" >"$WORK/k.yaml" 2>/dev/null); then
      if cmp -s "$WORK/k.yaml" "$WORK/hops/$f.yaml"; then same=$((same+1)); else differ+=("$d"); fi
    elif [[ -f "$WORK/hops/$f.error" ]]; then
      both_fail=$((both_fail+1))
    else
      differ+=("$d (kubectl fails, hops builds)")
    fi
  done
done
echo "directories: $total; identical: $same; failing in both: $both_fail; different: ${#differ[@]}"
for d in "${differ[@]}"; do echo "  differs: $d"; done
