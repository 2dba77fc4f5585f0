{{/* The webservice image as the real chart's "gitlab.image.fullPath" writes it. */}}
{{- define "gitlab.webservice.image" -}}
{{- $image := .Values.gitlab.webservice.image -}}
{{- $registry := $image.registry | default .Values.global.image.registry | default "registry.gitlab.com" -}}
{{- $repository := $image.repository -}}
{{- if and (hasSuffix "-ee" $repository) (eq .Values.global.edition "ce") -}}
{{- $repository = printf "%s-ce" (trimSuffix "-ee" $repository) -}}
{{- end -}}
{{- $tag := $image.tag | default .Values.global.gitlabVersion | default .Chart.AppVersion -}}
{{- printf "%s/%s:%s" $registry $repository $tag -}}{{ with $image.digest }}@{{ . }}{{ end }}
{{- end -}}

{{- define "gitlab.labels" -}}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
helm.sh/chart: {{ .Chart.Name }}-{{ .Chart.Version }}
{{- end -}}
