variable "org_id" {
  description = "Atlas organization id (Organization Settings in the Atlas UI)."
  type        = string
}

variable "name" {
  description = "Project name, e.g. engram-prod."
  type        = string
}

variable "data_explorer_enabled" {
  description = "Whether people with project access may browse documents (memories are user data: off by default)."
  type        = bool
  default     = false
}
