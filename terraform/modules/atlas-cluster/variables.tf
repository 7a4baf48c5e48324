variable "project_id" {
  description = "Atlas project id (module atlas-project)."
  type        = string
}

variable "name" {
  description = "Cluster name."
  type        = string
  default     = "engram"
}

variable "cloud_provider" {
  description = "AWS, GCP or AZURE."
  type        = string
  default     = "GCP"
  validation {
    condition     = contains(["AWS", "GCP", "AZURE"], var.cloud_provider)
    error_message = "cloud_provider must be AWS, GCP or AZURE."
  }
}

variable "region" {
  description = "Atlas region name, e.g. WESTERN_EUROPE (GCP), EU_WEST_1 (AWS)."
  type        = string
  default     = "WESTERN_EUROPE"
}

variable "instance_size" {
  description = "Starting tier. Atlas Vector Search and transactions need a dedicated tier (M10 or larger)."
  type        = string
  default     = "M10"
}

variable "min_instance_size" {
  description = "Smallest tier autoscaling may go down to."
  type        = string
  default     = "M10"
}

variable "max_instance_size" {
  description = "Largest tier autoscaling may go up to."
  type        = string
  default     = "M40"
}

variable "mongodb_major_version" {
  description = "MongoDB major version (7.0 or later)."
  type        = string
  default     = "8.0"
}

variable "point_in_time_recovery" {
  description = "Continuous cloud backup (restore to any moment inside the restore window)."
  type        = bool
  default     = true
}

variable "termination_protection" {
  description = "Refuse to delete the cluster until this is switched off."
  type        = bool
  default     = true
}

variable "backup_hour_utc" {
  description = "Hour of day (UTC) of the daily snapshot."
  type        = number
  default     = 3
}

variable "restore_window_days" {
  description = "Days of point-in-time restore."
  type        = number
  default     = 7
}

variable "daily_retention_days" {
  description = "Days a daily snapshot is kept."
  type        = number
  default     = 7
}

variable "weekly_retention_weeks" {
  description = "Weeks a weekly snapshot is kept."
  type        = number
  default     = 4
}

variable "monthly_retention_months" {
  description = "Months a monthly snapshot is kept."
  type        = number
  default     = 12
}
