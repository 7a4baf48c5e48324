variable "gcp_project" {
  description = "Google Cloud project id."
  type        = string
}

variable "region" {
  description = "Cloud Run region; pick the one next to the Atlas cluster (e.g. europe-west1 for WESTERN_EUROPE)."
  type        = string
  default     = "europe-west1"
}

variable "name" {
  description = "Service (and service account) name."
  type        = string
  default     = "engram"
}

variable "image" {
  description = "Container image built from infra/Dockerfile, e.g. europe-docker.pkg.dev/PROJECT/engram/engram:0.1.0."
  type        = string
}

variable "mongodb_database" {
  description = "ENGRAM_MONGODB_DATABASE."
  type        = string
  default     = "engram"
}

variable "secrets" {
  description = "Environment variable => Secret Manager secret id, read by reference: at least MONGODB_URI, DATASOURCES_DEFAULT_URL, DATASOURCES_DEFAULT_PASSWORD, ENGRAM_OPERATOR_TOKEN."
  type        = map(string)
}

variable "env" {
  description = "Further plain settings (README configuration table), e.g. REDIS_URI, ENGRAM_LLM_PROVIDER."
  type        = map(string)
  default     = {}
}

variable "min_instances" {
  description = "Instances kept warm."
  type        = number
  default     = 2
}

variable "max_instances" {
  description = "Autoscaling ceiling."
  type        = number
  default     = 10
}

variable "concurrency" {
  description = "Requests one instance serves at once."
  type        = number
  default     = 80
}

variable "cpu" {
  description = "vCPUs per instance."
  type        = string
  default     = "2"
}

variable "memory" {
  description = "Memory per instance (the JVM takes 75% of it)."
  type        = string
  default     = "2Gi"
}

variable "vpc_connector" {
  description = "Serverless VPC connector id whose Cloud NAT gives a static egress address; null: none."
  type        = string
  default     = null
}

variable "public" {
  description = "Whether anyone may call the service (API keys still guard every route)."
  type        = bool
  default     = true
}
