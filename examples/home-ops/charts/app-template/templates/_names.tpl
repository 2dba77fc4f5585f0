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

{{/* A container's image as app-template writes it: repository:tag, with @digest when a digest
is given (repository@digest without a tag). */}}
{{- define "app.image" -}}
{{- $repo := .repository -}}{{- $tag := .tag | default "" | toString -}}{{- $digest := .digest | default "" -}}
{{- if and $tag $digest -}}
{{- printf "%s:%s@%s" $repo $tag $digest -}}
{{- else if $digest -}}
{{- printf "%s@%s" $repo $digest -}}
{{- else -}}
{{- printf "%s:%s" $repo $tag -}}
{{- end -}}
{{- end -}}

{{- define "app.labels" -}}
app.kubernetes.io/name: {{ .Release.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ .Chart.Name }}-{{ .Chart.Version | replace "+" "_" }}
{{- end -}}
