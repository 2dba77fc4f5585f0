# Sourced by ./hops and ./test: sets JAVA to a java binary of JDK 21 or newer, JAVA_MAJOR to its
# version and JAVA_HOME_FOUND to its home, or says that none was found and exits.
# Looks at JAVA_HOME first, then the usual JVM folders, then the PATH; prefers the newest.
# Written with shell builtins, without subshells where it can: it runs before every command.

# Sets major to the major version of the java binary $1 (empty when unknown).
java_major() {
  local home="${1%/bin/java}" line version=""
  major=""
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
  if [[ -z "$version" ]]; then
    version="$("$1" -version 2>&1 | awk -F'"' '/version/ { print $2; exit }')"
  fi
  version="${version#1.}"
  major="${version%%[.\"+-]*}"
}

# Sets JAVA_FOUND to "path major" of the newest JDK 21+ (JAVA_HOME's when it is one), or empty.
find_java() {
  local candidates=() dir c best="" best_major=0 major
  JAVA_FOUND=""
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
    java_major "$JAVA_HOME/bin/java" 2>/dev/null || true
    if [[ "$major" =~ ^[0-9]+$ ]] && (( major >= 21 )); then
      JAVA_FOUND="$JAVA_HOME/bin/java $major"
      return 0
    fi
  fi
  for dir in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* \
             /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [[ -x "$dir/bin/java" ]] && candidates+=("$dir/bin/java")
  done
  if c="$(type -P java)"; then candidates+=("$c"); fi
  for c in "${candidates[@]}"; do
    java_major "$c" 2>/dev/null || true
    if [[ "$major" =~ ^[0-9]+$ ]] && (( major > best_major )); then
      best="$c"
      best_major=$major
    fi
  done
  if (( best_major >= 21 )); then JAVA_FOUND="$best $best_major"; fi
  return 0
}

find_java
if [[ -z "$JAVA_FOUND" ]]; then
  echo "hops: no JDK 21 or newer found (looked at JAVA_HOME, /usr/lib/jvm, /usr/java, /opt/java," \
       "SDKMAN and the PATH). Install one, or point JAVA_HOME at it." >&2
  exit 1
fi
JAVA="${JAVA_FOUND% *}"
JAVA_MAJOR="${JAVA_FOUND##* }"
JAVA_HOME_FOUND="${JAVA%/bin/java}"
