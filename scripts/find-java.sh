# Sourced by ./hops and ./test: sets JAVA to a java binary of JDK 21 or newer, or leaves it empty.
# Looks at JAVA_HOME first, then the usual JVM folders, then the PATH; prefers the newest.

java_major() {
  # The JDK's release file says its version without starting a JVM; else ask java itself.
  local release
  release="$(dirname "$(dirname "$(readlink -f "$1")")")/release"
  if [[ -f "$release" ]]; then
    awk -F'"' '/^JAVA_VERSION=/ { split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit }' "$release"
    return 0
  fi
  "$1" -version 2>&1 | awk -F'"' '/version/ { split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit }'
}

find_java() {
  local candidates=() dir c major best="" best_major=0
  if [[ -n "${JAVA_HOME:-}" ]]; then candidates+=("$JAVA_HOME/bin/java"); fi
  for dir in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* \
             /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [[ -x "$dir/bin/java" ]] && candidates+=("$dir/bin/java")
  done
  if command -v java >/dev/null 2>&1; then candidates+=("$(command -v java)"); fi
  for c in "${candidates[@]}"; do
    major="$(java_major "$c" 2>/dev/null || true)"
    if [[ "$major" =~ ^[0-9]+$ ]] && (( major >= 21 )); then
      if [[ -n "${JAVA_HOME:-}" && "$c" == "$JAVA_HOME/bin/java" ]]; then echo "$c"; return 0; fi
      if (( major > best_major )); then best="$c"; best_major=$major; fi
    fi
  done
  [[ -n "$best" ]] && echo "$best"
  return 0
}

JAVA="$(find_java)"
if [[ -z "$JAVA" ]]; then
  echo "hops: no JDK 21 or newer found (looked at JAVA_HOME, /usr/lib/jvm, /usr/java, /opt/java," \
       "SDKMAN and the PATH). Install one, or point JAVA_HOME at it." >&2
  exit 1
fi
JAVA_HOME_FOUND="$(dirname "$(dirname "$JAVA")")"
JAVA_MAJOR="$(java_major "$JAVA")"
