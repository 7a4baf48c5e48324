variable "project_id" {
  description = "Atlas project id."
  type        = string
}

variable "cidr_blocks" {
  description = "CIDR block => comment. Never 0.0.0.0/0 in production."
  type        = map(string)
  default     = {}
  validation {
    condition     = !contains(keys(var.cidr_blocks), "0.0.0.0/0")
    error_message = "0.0.0.0/0 opens the cluster to the internet; list the service's egress addresses."
  }
}

variable "aws_private_endpoint_region" {
  description = "AWS region of a PrivateLink endpoint (e.g. eu-west-1); null: none."
  type        = string
  default     = null
}

variable "aws_vpc_endpoint_id" {
  description = "Id of the interface VPC endpoint you created in your VPC for the PrivateLink service (second apply)."
  type        = string
  default     = null
}
