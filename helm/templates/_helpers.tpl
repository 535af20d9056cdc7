{{/*
Name of the chart, or nameOverride.
*/}}
{{- define "portal.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Full name of the release's resources: fullnameOverride, else the release name when it already
contains the chart name, else <release>-<chart>; at most 63 characters (a DNS label).
*/}}
{{- define "portal.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{/*
Chart name and version, for the helm.sh/chart label.
*/}}
{{- define "portal.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Labels of every resource.
*/}}
{{- define "portal.labels" -}}
helm.sh/chart: {{ include "portal.chart" . }}
{{ include "portal.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/part-of: jpus-taskforce
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{/*
Labels that identify the release's pods.
*/}}
{{- define "portal.selectorLabels" -}}
app.kubernetes.io/name: {{ include "portal.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{/*
Labels that identify the portal's own pods (not the reindex Job's).
*/}}
{{- define "portal.serverSelectorLabels" -}}
{{ include "portal.selectorLabels" . }}
app.kubernetes.io/component: server
{{- end }}

{{/*
Labels that identify the reindex Job's pods.
*/}}
{{- define "portal.reindexSelectorLabels" -}}
{{ include "portal.selectorLabels" . }}
app.kubernetes.io/component: reindex
{{- end }}

{{/*
Name of the ServiceAccount of the pods.
*/}}
{{- define "portal.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "portal.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/*
The portal image: repository@digest when a digest is given, else repository:tag (tag defaults
to the chart's appVersion).
*/}}
{{- define "portal.image" -}}
{{- if .Values.image.digest }}
{{- printf "%s@%s" .Values.image.repository .Values.image.digest }}
{{- else }}
{{- printf "%s:%s" .Values.image.repository (default .Chart.AppVersion .Values.image.tag) }}
{{- end }}
{{- end }}

{{/*
The fewest portal pods that run: the autoscaler's minimum, or the fixed replica count.
*/}}
{{- define "portal.minReplicas" -}}
{{- if .Values.autoscaling.enabled }}
{{- .Values.autoscaling.minReplicas }}
{{- else }}
{{- .Values.replicaCount }}
{{- end }}
{{- end }}

{{/*
Whether a reindex Job is rendered (as a plain Job or as a Helm hook): "true" or "".
*/}}
{{- define "portal.reindexEnabled" -}}
{{- if or .Values.reindex.job.enabled .Values.reindex.hook.enabled }}true{{ end }}
{{- end }}

{{/*
Name of the reindex Job: one per release revision, since a Job's pod template cannot change.
*/}}
{{- define "portal.reindexJobName" -}}
{{- $base := include "portal.fullname" . | trunc 45 | trimSuffix "-" }}
{{- if .Values.reindex.hook.enabled }}
{{- printf "%s-reindex" $base }}
{{- else }}
{{- printf "%s-reindex-%d" $base .Release.Revision }}
{{- end }}
{{- end }}

{{/*
In-cluster URL of the admin reindex endpoint, through the Service; wait=true makes the portal answer
only once the reindex is over.
*/}}
{{- define "portal.reindexUrl" -}}
{{- printf "http://%s.%s.svc:%v%s?wait=true" (include "portal.fullname" .) .Release.Namespace .Values.service.port .Values.reindex.path }}
{{- end }}

{{/*
Keycloak's token endpoint in the realm keycloak.authServerUrl (for the reindex Job's client-credentials grant).
*/}}
{{- define "portal.tokenUrl" -}}
{{- printf "%s/protocol/openid-connect/token" (trimSuffix "/" .Values.keycloak.authServerUrl) }}
{{- end }}
