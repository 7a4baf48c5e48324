output "url" {
  description = "Engram's HTTPS URL."
  value       = module.service.url
}

output "cluster_connection_string" {
  description = "The cluster's mongodb+srv:// host."
  value       = module.cluster.connection_string
}

output "mongodb_uri" {
  description = "MONGODB_URI (also stored in Secret Manager)."
  value       = module.users.mongodb_uri
  sensitive   = true
}
