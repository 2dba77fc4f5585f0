#!/usr/bin/env bash
# Lists the record methods (ObjectMethods) and pattern switches (SwitchBootstraps) of Hops that a
# command links at run time; see "Start-up cost" in ARCHITECTURE.md. Exits 1 when there is one.
# Usage: scripts/startup-bootstraps.sh build examples/home-ops   (any hops arguments; needs the jar:
# ./mvnw -q -DskipTests -Dspotless.check.skip=true -pl hops-cli -am package)
set -euo pipefail
HOPS_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$HOPS_HOME/scripts/find-java.sh"
sites="$("$JAVA" -XX:TieredStopAtLevel=1 --enable-native-access=ALL-UNNAMED \
  -Djava.lang.invoke.MethodHandle.TRACE_METHOD_LINKAGE=true \
  -jar "$HOPS_HOME/hops-cli/target/hops.jar" "$@" 2>/dev/null \
  | grep -a '^linkCallSite dev\.hops\.' \
  | grep -a 'java\.lang\.runtime\.\(ObjectMethods\|SwitchBootstraps\)' \
  | awk '{print $2}' | sort -u || true)"
if [[ -n "$sites" ]]; then
  echo "$sites"
  exit 1
fi
