variable "project_id" {
  description = "Atlas project id."
  type        = string
}

variable "cluster_name" {
  description = "The only cluster the users may reach."
  type        = string
}

variable "database" {
  description = "Engram's database (ENGRAM_MONGODB_DATABASE, or the database in MONGODB_URI)."
  type        = string
  default     = "engram"
}

variable "username" {
  description = "The application's user."
  type        = string
  default     = "engram-app"
}

variable "password" {
  description = "The application user's password from your secret manager; null: generated here."
  type        = string
  default     = null
  sensitive   = true
}

variable "read_only_username" {
  description = "Optional read-only user (support, exports); null: none."
  type        = string
  default     = null
}

variable "read_only_password" {
  description = "Password of the read-only user (from your secret manager)."
  type        = string
  default     = null
  sensitive   = true
}

variable "cluster_srv_host" {
  description = "mongodb+srv:// connection string of the cluster (module atlas-cluster), to build mongodb_uri."
  type        = string
}
