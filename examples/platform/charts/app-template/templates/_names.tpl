{{/* The name of a controller, service or route: the release's for the primary one (named like
the release, or "app" for services and routes), else release-identifier. */}}
{{- define "app.controllerName" -}}
{{- $root := index . 0 -}}{{- $id := index . 1 -}}
{{- if or (eq $id $root.Release.Name) (eq (len $root.Values.controllers) 1) -}}
{{- $root.Release.Name -}}
{{- else -}}
{{- printf "%s-%s" $root.Release.Name $id -}}
{{- end -}}
{{- end -}}

{{- define "app.objectName" -}}
{{- $root := index . 0 -}}{{- $id := index . 1 -}}
{{- if or (eq $id "app") (eq $id $root.Release.Name) -}}
{{- $root.Release.Name -}}
{{- else -}}
{{- printf "%s-%s" $root.Release.Name $id -}}
{{- end -}}
{{- end -}}

{{- define "app.labels" -}}
app.kubernetes.io/name: {{ .Release.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ .Chart.Name }}-{{ .Chart.Version | replace "+" "_" }}
{{- end -}}
