variable "project_id" {
  description = "Atlas project id."
  type        = string
}

variable "cluster_name" {
  description = "Cluster holding Engram's database."
  type        = string
}

variable "database" {
  description = "Engram's database."
  type        = string
  default     = "engram"
}

variable "app_ids" {
  description = "Ids of the Engram apps whose indexes Terraform manages."
  type        = list(string)
  default     = []
}

variable "dimensions" {
  description = "Embedding dimensions of the configured model (384 for the built-in all-MiniLM-L6-v2; 1536 for text-embedding-3-small)."
  type        = number
  default     = 384
}

variable "wait_for_build" {
  description = "Wait until Atlas has built the indexes."
  type        = bool
  default     = true
}
