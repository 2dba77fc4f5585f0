# Sourced by ./hops and ./test: sets JAVA to a java binary of JDK 21 or newer, JAVA_MAJOR to its
# version and JAVA_HOME_FOUND to its home, or says that none was found and exits.
# Looks at JAVA_HOME first, then the usual JVM folders, then the PATH; prefers the newest.
# Written with shell builtins where it can: it runs before every command.

java_major() {
  # The JDK's release file says its version without starting a JVM; else ask java itself.
  local home="${1%/bin/java}" line version
  if [[ ! -f "$home/release" ]]; then
    home="$(readlink -f "$1")"
    home="${home%/bin/java}"
  fi
  if [[ -f "$home/release" ]]; then
    while IFS= read -r line; do
      if [[ "$line" == JAVA_VERSION=* ]]; then
        version="${line#JAVA_VERSION=\"}"
        break
      fi
    done <"$home/release"
  fi
  if [[ -z "${version:-}" ]]; then
    version="$("$1" -version 2>&1 | awk -F'"' '/version/ { print $2; exit }')"
  fi
  version="${version#1.}"
  echo "${version%%[.\"+-]*}"
}

find_java() {
  local candidates=() dir c major best="" best_major=0
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
    major="$(java_major "$JAVA_HOME/bin/java" 2>/dev/null || true)"
    if [[ "$major" =~ ^[0-9]+$ ]] && (( major >= 21 )); then
      echo "$JAVA_HOME/bin/java $major"
      return 0
    fi
  fi
  for dir in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* \
             /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [[ -x "$dir/bin/java" ]] && candidates+=("$dir/bin/java")
  done
  if command -v java >/dev/null 2>&1; then candidates+=("$(command -v java)"); fi
  for c in "${candidates[@]}"; do
    major="$(java_major "$c" 2>/dev/null || true)"
    if [[ "$major" =~ ^[0-9]+$ ]] && (( major > best_major )); then
      best="$c"
      best_major=$major
    fi
  done
  if (( best_major >= 21 )); then echo "$best $best_major"; fi
  return 0
}

JAVA_FOUND="$(find_java)"
if [[ -z "$JAVA_FOUND" ]]; then
  echo "hops: no JDK 21 or newer found (looked at JAVA_HOME, /usr/lib/jvm, /usr/java, /opt/java," \
       "SDKMAN and the PATH). Install one, or point JAVA_HOME at it." >&2
  exit 1
fi
JAVA="${JAVA_FOUND% *}"
JAVA_MAJOR="${JAVA_FOUND##* }"
JAVA_HOME_FOUND="${JAVA%/bin/java}"
