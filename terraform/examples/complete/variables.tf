variable "environment" {
  description = "Name suffix: prod, staging, …"
  type        = string
  default     = "prod"
}

variable "atlas_org_id" {
  description = "Atlas organization id."
  type        = string
}

variable "atlas_region" {
  description = "Atlas region name next to gcp_region."
  type        = string
  default     = "WESTERN_EUROPE"
}

variable "gcp_project" {
  description = "Google Cloud project id."
  type        = string
}

variable "gcp_region" {
  description = "Cloud Run region."
  type        = string
  default     = "europe-west1"
}

variable "database" {
  description = "Engram's MongoDB database."
  type        = string
  default     = "engram"
}

variable "image" {
  description = "Engram image (infra/Dockerfile) in Artifact Registry."
  type        = string
}

variable "egress_cidr" {
  description = "Static egress address of the service's Cloud NAT, e.g. 34.1.2.3/32."
  type        = string
}

variable "vpc_connector" {
  description = "Serverless VPC connector routing egress through that NAT."
  type        = string
  default     = null
}

variable "preprovisioned_app_ids" {
  description = "Apps whose search indexes Terraform manages (Engram creates the others itself)."
  type        = list(string)
  default     = []
}

variable "other_secrets" {
  description = "Further secrets by reference: DATASOURCES_DEFAULT_URL, DATASOURCES_DEFAULT_PASSWORD, ENGRAM_OPERATOR_TOKEN, … => secret id."
  type        = map(string)
}

variable "env" {
  description = "Further plain settings."
  type        = map(string)
  default     = {}
}
