#!/usr/bin/env bash
# Records the expected files of the golden tests (GoldenTest) from the real kustomize:
# `kubectl kustomize` (kubectl v1.32, kustomize v5.5.0).
#
#   record.sh              re-record every case under src/test/resources/golden
#   record.sh CASE...      re-record the named cases (directory names or paths)
#
# For each case it runs `kubectl kustomize $(cat args)` from the case's input/ directory and writes
#   expected.yaml          stdout, when kubectl succeeds
#   expected-warnings.txt  stderr, when kubectl succeeds and prints something there
#   expected-error.txt     stderr, when kubectl fails
# removing the files that no longer apply. Absolute paths of the input directory in kubectl's
# messages are replaced by $INPUT so that recordings do not depend on where the checkout lives.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
golden="$(cd "$here/../resources/golden" && pwd)"
kubectl="${KUBECTL:-kubectl}"

want="kustomize v5.5.0"
version="$("$kubectl" version --client 2>/dev/null | sed -n 's/^Kustomize Version: //p')"
if [[ "$version" != "v5.5.0" ]]; then
  echo "record.sh: need $want, '$kubectl version --client' says '${version:-nothing}'" >&2
  exit 1
fi

cases=()
if [[ $# -eq 0 ]]; then
  for d in "$golden"/*/; do cases+=("$(basename "$d")"); done
else
  for c in "$@"; do cases+=("$(basename "$c")"); done
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

for c in "${cases[@]}"; do
  dir="$golden/$c"
  if [[ ! -d "$dir/input" || ! -f "$dir/args" ]]; then
    echo "record.sh: $dir needs input/ and args" >&2
    exit 1
  fi
  read -r -a args < "$dir/args"
  input="$(cd "$dir/input" && pwd -P)"
  rc=0
  # No network for remote bases (kustomize would clone them); give up rather than hang.
  (cd "$input" && GIT_TERMINAL_PROMPT=0 timeout 120 "$kubectl" kustomize "${args[@]}") \
    > "$tmp/out" 2> "$tmp/err" || rc=$?
  # Stable recordings: klog prefixes carry a time and a process id, Go prints pointers.
  sed -i -E \
    -e "s|$input|\$INPUT|g" \
    -e 's/^E[0-9]{4} [0-9:.]+ +[0-9]+ [a-z_]+\.go:[0-9]+\] //' \
    -e 's/0xc[0-9a-f]{6,}/0xc000000000/g' \
    "$tmp/err"
  if [[ $rc -eq 0 ]]; then
    cp "$tmp/out" "$dir/expected.yaml"
    rm -f "$dir/expected-error.txt"
    if [[ -s "$tmp/err" ]]; then
      cp "$tmp/err" "$dir/expected-warnings.txt"
    else
      rm -f "$dir/expected-warnings.txt"
    fi
    echo "ok    $c"
  else
    cp "$tmp/err" "$dir/expected-error.txt"
    rm -f "$dir/expected.yaml" "$dir/expected-warnings.txt"
    echo "error $c: $(head -n 1 "$tmp/err" | cut -c 1-150)"
  fi
done
