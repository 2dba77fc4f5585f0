#!/usr/bin/env bash
# Benchmark: N HelmReleases (default 200) of one chart from a local OCI registry, each with its own
# values, rendered by one `./hops build` (JVM start included) with an empty chart cache, then again
# with the cache filled. Starts Debian's docker-registry on 127.0.0.1 (free port, loopback only),
# pushes the chart with curl (the OCI distribution API), counts how often the chart was fetched from
# the registry's log, and prints the cost per release.
# Usage: bench/helm-releases.sh [N]
set -euo pipefail
HOPS_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
N="${1:-200}"
REGISTRY_BIN=/usr/bin/docker-registry
[[ -x "$REGISTRY_BIN" ]] || { echo "docker-registry is needed (apt-get install docker-registry)" >&2; exit 2; }
command -v curl >/dev/null || { echo "curl is needed" >&2; exit 2; }

"$HOPS_HOME/hops" --version >/dev/null   # builds the jar on first use; not timed
WORK="$(mktemp -d)"
REG_PID=""
cleanup() { [[ -n "$REG_PID" ]] && kill "$REG_PID" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
REG="127.0.0.1:$PORT"
cat >"$WORK/registry.yml" <<YML
version: 0.1
log:
  level: info
storage:
  filesystem:
    rootdirectory: $WORK/registry
http:
  addr: $REG
YML
"$REGISTRY_BIN" serve "$WORK/registry.yml" >"$WORK/registry.log" 2>&1 &
REG_PID=$!
for _ in $(seq 100); do curl -sf "http://$REG/v2/" >/dev/null && break; sleep 0.1; done

# The chart: a Deployment, a Service and a ConfigMap with helpers, as app charts have.
CHART="$WORK/chart/app"
mkdir -p "$CHART/templates"
cat >"$CHART/Chart.yaml" <<'YML'
apiVersion: v2
name: app
version: 1.0.0
YML
cat >"$CHART/values.yaml" <<'YML'
replicas: 1
image: {repository: ghcr.io/example/app, tag: "1.0.0"}
service: {port: 80}
env: {}
YML
cat >"$CHART/templates/_helpers.tpl" <<'YML'
{{- define "app.labels" -}}
app.kubernetes.io/name: {{ .Release.Name }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ .Chart.Name }}-{{ .Chart.Version | replace "+" "_" }}
{{- end -}}
YML
cat >"$CHART/templates/app.yaml" <<'YML'
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ .Release.Name }}
  labels: {{- include "app.labels" . | nindent 4 }}
spec:
  replicas: {{ .Values.replicas }}
  selector:
    matchLabels: {app.kubernetes.io/name: {{ .Release.Name }}}
  template:
    metadata:
      labels: {{- include "app.labels" . | nindent 8 }}
    spec:
      containers:
        - name: app
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
          env:
          {{- range $k, $v := .Values.env }}
            - {name: {{ $k }}, value: {{ $v | quote }}}
          {{- end }}
          resources:
            limits: {memory: 128Mi}
---
apiVersion: v1
kind: Service
metadata:
  name: {{ .Release.Name }}
  labels: {{- include "app.labels" . | nindent 4 }}
spec:
  ports: [{port: {{ .Values.service.port }}, targetPort: 8080}]
  selector: {app.kubernetes.io/name: {{ .Release.Name }}}
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ .Release.Name }}-settings
data:
  {{- toYaml .Values.env | nindent 2 }}
YML
tar -czf "$WORK/app-1.0.0.tgz" -C "$WORK/chart" app
printf '{"name":"app","version":"1.0.0","apiVersion":"v2"}' >"$WORK/config.json"

push_blob() {
  local file="$1" digest loc sep
  digest="sha256:$(sha256sum "$file" | cut -d' ' -f1)"
  loc="$(curl -sf -i -X POST "http://$REG/v2/charts/app/blobs/uploads/" | tr -d '\r' | awk 'tolower($1)=="location:" {print $2}')"
  [[ "$loc" == http* ]] || loc="http://$REG$loc"
  sep='?'; [[ "$loc" == *\?* ]] && sep='&'
  curl -sf -X PUT "$loc${sep}digest=$digest" -H 'Content-Type: application/octet-stream' \
    --data-binary @"$file" >/dev/null
  echo "$digest"
}
CONFIG_DIGEST="$(push_blob "$WORK/config.json")"
LAYER_DIGEST="$(push_blob "$WORK/app-1.0.0.tgz")"
cat >"$WORK/manifest.json" <<JSON
{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json",
 "config":{"mediaType":"application/vnd.cncf.helm.config.v1+json","digest":"$CONFIG_DIGEST","size":$(stat -c %s "$WORK/config.json")},
 "layers":[{"mediaType":"application/vnd.cncf.helm.chart.content.v1.tar+gzip","digest":"$LAYER_DIGEST","size":$(stat -c %s "$WORK/app-1.0.0.tgz")}]}
JSON
curl -sf -X PUT "http://$REG/v2/charts/app/manifests/1.0.0" \
  -H 'Content-Type: application/vnd.oci.image.manifest.v1+json' --data-binary @"$WORK/manifest.json" >/dev/null

# The repository: one Kustomization with an OCIRepository and N HelmReleases.
REPO="$WORK/repo"
mkdir -p "$REPO/clusters/bench/flux-system" "$REPO/apps"
cat >"$REPO/clusters/bench/flux-system/gotk-sync.yaml" <<'YML'
apiVersion: kustomize.toolkit.fluxcd.io/v1
kind: Kustomization
metadata: {name: flux-system, namespace: flux-system}
spec:
  path: ./clusters/bench
  sourceRef: {kind: GitRepository, name: flux-system}
---
apiVersion: kustomize.toolkit.fluxcd.io/v1
kind: Kustomization
metadata: {name: apps, namespace: flux-system}
spec:
  path: ./apps
  sourceRef: {kind: GitRepository, name: flux-system}
YML
cat >"$REPO/apps/source.yaml" <<YML
apiVersion: source.toolkit.fluxcd.io/v1
kind: OCIRepository
metadata: {name: app, namespace: default}
spec:
  url: oci://$REG/charts/app
  ref: {semver: ">=1.0.0 <2.0.0"}
  layerSelector: {mediaType: application/vnd.cncf.helm.chart.content.v1.tar+gzip, operation: copy}
YML
for i in $(seq "$N"); do
  cat <<YML
---
apiVersion: helm.toolkit.fluxcd.io/v2
kind: HelmRelease
metadata: {name: app-$i, namespace: default}
spec:
  chartRef: {kind: OCIRepository, name: app}
  values:
    replicas: $(( i % 3 + 1 ))
    env: {INDEX: "$i", COLOR: "c$(( i % 7 ))"}
YML
done >"$REPO/apps/releases.yaml"

now() { date +%s.%N; }
run() {
  local t0 t1
  t0=$(now)
  "$HOPS_HOME/hops" build "$REPO" --cache-dir "$WORK/cache" >"$WORK/out.yaml" 2>"$WORK/err.txt" || {
    cat "$WORK/err.txt" >&2; echo "hops build failed" >&2; exit 1; }
  t1=$(now)
  echo "$t1 - $t0" | bc
}
blob_gets() { grep -c "GET /v2/charts/app/blobs/$LAYER_DIGEST" "$WORK/registry.log" || true; }

# Helm's engine is unpacked into the cache folder on first use: do that once, untimed.
mkdir -p "$WORK/cache" && cp -r "${XDG_CACHE_HOME:-$HOME/.cache}/hops/native" "$WORK/cache/" 2>/dev/null || true
cold=$(run)
fetched=$(blob_gets)
warm=$(run)
for _ in 1 2; do t=$(run); (( $(echo "$t < $warm" | bc) )) && warm=$t; done
objects=$(grep -c '^kind:' "$WORK/out.yaml")
echo "releases: $N (one chart, $(grep -c '^kind: Deployment' "$WORK/out.yaml") Deployments, $objects objects)"
echo "chart fetched from the registry: $fetched time(s) in the first run, $(( $(blob_gets) - fetched )) afterwards"
printf 'empty chart cache: %.2fs, %.1f ms per release (JVM start included)\n' "$cold" "$(echo "$cold * 1000 / $N" | bc -l)"
printf 'filled chart cache: %.2fs, %.1f ms per release (JVM start included; best of 3)\n' "$warm" "$(echo "$warm * 1000 / $N" | bc -l)"
